#include "workspaces/review/review_keys.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QCursor>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QTextEdit>
#include <QTimer>
#include <QWidget>

namespace hb::app {

ReviewKeyRouter::ReviewKeyRouter(QWidget* window, QWidget* imageView, std::function<bool()> reviewMode, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_imageView(imageView)
    , m_reviewMode(std::move(reviewMode))
{
}

bool ReviewKeyRouter::isFormField(const QObject* object)
{
    if (const auto* combo = qobject_cast<const QComboBox*>(object))
        return combo->isEditable();
    return qobject_cast<const QAbstractSpinBox*>(object) || qobject_cast<const QLineEdit*>(object) ||
           qobject_cast<const QPlainTextEdit*>(object) || qobject_cast<const QTextEdit*>(object);
}

bool ReviewKeyRouter::isWheelGuarded(const QObject* object)
{
    // A combo box without a text field or a slider takes no typed keys, but a wheel turned to
    // scroll the dock would still change a parameter and re-run the preview.
    return isFormField(object) || qobject_cast<const QComboBox*>(object) || qobject_cast<const QSlider*>(object);
}

void ReviewKeyRouter::returnKeysToImage()
{
    if (!m_window || !m_imageView)
        return;
    m_window->activateWindow();
    m_imageView->setFocus(Qt::OtherFocusReason);
}

bool ReviewKeyRouter::inWindow(const QWidget* widget) const
{
    // Through floating docks too: they are windows of their own but belong to the main window.
    for (; widget && m_window; widget = widget->parentWidget())
        if (widget == m_window)
            return true;
    return false;
}

bool ReviewKeyRouter::isReviewKey(int keyWithModifiers) const
{
    const QKeySequence pressed(keyWithModifiers);
    for (const QAction* action : m_actions)
        if (action->isEnabled() && action->shortcut() == pressed)
            return true;
    return false;
}

bool ReviewKeyRouter::pointerOverImage() const
{
    return m_imageView && m_imageView->isVisible() && m_imageView->rect().contains(m_imageView->mapFromGlobal(QCursor::pos()));
}

bool ReviewKeyRouter::eventFilter(QObject* watched, QEvent* event)
{
    // A line edit inside a spin box or combo box gets the events first; judge by the field itself.
    QWidget* widget = qobject_cast<QWidget*>(watched);
    if (widget && qobject_cast<QLineEdit*>(widget) && widget->parentWidget() && isFormField(widget->parentWidget()))
        widget = widget->parentWidget();
    if (!isWheelGuarded(widget) || !inWindow(widget))
        return false;
    const bool formField = isFormField(widget);

    switch (event->type()) {
    case QEvent::Polish:
        // Wheel focus would make the wheel pick the field before this filter can pass it on.
        if (widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    case QEvent::ShortcutOverride: {
        if (!formField)
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if (m_reviewMode && m_reviewMode() && pointerOverImage() &&
            isReviewKey(key->keyCombination().toCombined() & ~Qt::KeypadModifier)) {
            // Not accepted: the window shortcut takes the key, the field never sees it.
            event->ignore();
            return true;
        }
        return false;
    }
    case QEvent::KeyPress: {
        if (!formField)
            return false;
        const int key = static_cast<QKeyEvent*>(event)->key();
        const bool multiLine = qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QTextEdit*>(widget);
        if (key == Qt::Key_Escape || (!multiLine && (key == Qt::Key_Return || key == Qt::Key_Enter)))
            // After the field has taken Enter (and emitted editingFinished), not before.
            QTimer::singleShot(0, this, &ReviewKeyRouter::returnKeysToImage);
        return false;
    }
    case QEvent::Wheel:
        if (!widget->hasFocus()) {
            // Ignored, the wheel goes on to the parent: the dock's scroll area.
            event->ignore();
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace hb::app
