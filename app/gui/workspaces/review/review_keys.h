#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace hb::app {

// Sends the review keys (1-8, Backspace, N, Z, A, D, U, F) where the reviewer means them.
// Qt hands a plain key to a focused form field before any window shortcut, so a spin box
// tuned a minute ago would swallow "4" meant for the frame (2 became 24 and the preview re-ran).
// The rules:
// - a form field takes keys only while it is being edited; Enter or Escape ends the edit and
//   gives the keyboard back to the image, as does a click on the image;
// - in review mode, with the pointer over the image, review keys act on the frame whatever
//   has focus;
// - the wheel over a field, combo box or slider that does not have the focus scrolls its dock
//   instead of changing the value under the pointer.
class ReviewKeyRouter : public QObject {
    Q_OBJECT
public:
    ReviewKeyRouter(QWidget* window, QWidget* imageView, std::function<bool()> reviewMode, QObject* parent);

    // The actions whose keys are routed.
    void setActions(QList<QAction*> actions) { m_actions = std::move(actions); }
    // Gives the keyboard to the image (after a dialog or an edit).
    void returnKeysToImage();

    // A widget that takes typed characters (spin box, line edit, editable combo box, text edit).
    static bool isFormField(const QObject* object);
    // A form field, or a combo box or slider: a widget whose value the wheel would change.
    static bool isWheelGuarded(const QObject* object);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool inWindow(const QWidget* widget) const;
    bool isReviewKey(int keyWithModifiers) const;
    bool pointerOverImage() const;

    QPointer<QWidget> m_window;
    QPointer<QWidget> m_imageView;
    std::function<bool()> m_reviewMode;
    QList<QAction*> m_actions;
};

} // namespace hb::app
