#pragma once

#include "workspaces/processing/preview_presenter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace hb::widgets {
class CompareView;
}

namespace hb::app {

// The Processing tab: the frame before and after the chosen step (or at the end of the
// pipeline) in a compare view, with what it cost and, when a step failed, why.
class PreviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPanel(QWidget* parent = nullptr);

    void showResult(const PreviewPresenter::Result& result, const QString& stepTitle);
    void showMessage(const QString& text);  // no preview: why
    bool afterShowsResult() const;
    // Both sides drawn with the left side's range; set by the program without a signal.
    bool sameRange() const;
    void setSameRange(bool same);
    widgets::CompareView* compare() const noexcept { return m_compare; }
    QString caption() const;
    QString problem() const;

signals:
    void afterChoiceChanged();  // or the same-range choice: the preview must be drawn again

private:
    QLabel* m_caption;
    QComboBox* m_after;
    QLabel* m_timing;
    QLabel* m_problem;
    QCheckBox* m_sameRange;
    widgets::CompareView* m_compare;
};

} // namespace hb::app
