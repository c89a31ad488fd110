#include "workspaces/processing/preview_panel.h"

#include "compare_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hb::app {

PreviewPanel::PreviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_after(new QComboBox(this))
    , m_timing(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_sameRange(new QCheckBox(tr("Same range both sides"), this))
    , m_compare(new widgets::CompareView(this))
{
    m_caption->setObjectName(QStringLiteral("previewCaption"));
    m_after->setObjectName(QStringLiteral("previewAfter"));
    m_timing->setObjectName(QStringLiteral("previewTiming"));
    m_problem->setObjectName(QStringLiteral("previewProblem"));
    m_sameRange->setObjectName(QStringLiteral("previewSameRange"));
    m_sameRange->setToolTip(tr("Draw the right side with the left side's range, so that what the step changes shows as a "
                               "change of brightness; on by default for steps that keep the units"));
    m_after->addItem(tr("after this step"));
    m_after->addItem(tr("at the end of the pipeline"));
    m_after->setToolTip(tr("What the right-hand picture shows"));
    m_timing->setForegroundRole(QPalette::PlaceholderText);
    // Long captions wrap rather than widen the window.
    m_caption->setWordWrap(true);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b01818; padding: 2px; }"));
    m_problem->hide();
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Right:"), this));
    controls->addWidget(m_after);
    controls->addWidget(m_sameRange);
    controls->addStretch(1);
    controls->addWidget(m_timing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_caption);
    layout->addLayout(controls);
    layout->addWidget(m_problem);
    layout->addWidget(m_compare, 1);
    connect(m_after, &QComboBox::currentIndexChanged, this, &PreviewPanel::afterChoiceChanged);
    connect(m_sameRange, &QCheckBox::toggled, this, &PreviewPanel::afterChoiceChanged);
    showMessage(tr("Open a folder and choose a frame: the pipeline runs on it here, step by step."));
}

bool PreviewPanel::sameRange() const
{
    return m_sameRange->isChecked();
}

void PreviewPanel::setSameRange(bool same)
{
    const QSignalBlocker block(m_sameRange);  // the caller asks for the preview it needs
    m_sameRange->setChecked(same);
}

bool PreviewPanel::afterShowsResult() const
{
    return m_after->currentIndex() == 1;
}

QString PreviewPanel::caption() const
{
    return m_caption->text();
}

QString PreviewPanel::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void PreviewPanel::showMessage(const QString& text)
{
    m_caption->setText(text);
    m_timing->clear();
    m_problem->hide();
    m_compare->setPictures({}, {}, {});
}

void PreviewPanel::showResult(const PreviewPresenter::Result& result, const QString& stepTitle)
{
    // Each side has its own display range (a step may change the units): say what they are.
    const auto side = [](const std::shared_ptr<const Frame>& frame, const render::DisplayRange& range) {
        if (!frame)
            return QStringLiteral("-");
        const QString unit = QString::fromStdString(frame->header.text("BUNIT").value_or(""));
        return QStringLiteral("%1 .. %2 %3").arg(range.low, 0, 'g', 4).arg(range.high, 0, 'g', 4).arg(unit).trimmed();
    };
    const bool same = result.beforeFrame && result.afterFrame && result.beforeRange.low == result.afterRange.low &&
                      result.beforeRange.high == result.afterRange.high;
    const QString ranges = same ? tr("Both sides %1.").arg(side(result.beforeFrame, result.beforeRange))
                                : tr("Left %1;  right %2.").arg(side(result.beforeFrame, result.beforeRange), side(result.afterFrame, result.afterRange));
    if (result.step < 0)
        m_caption->setText(tr("Left: the frame as read; right: after the whole pipeline.  %1").arg(ranges));
    else
        m_caption->setText(tr("Step %1, %2: its input on the left.  %3").arg(result.step + 1).arg(stepTitle, ranges));
    m_timing->setText(tr("%1 ms, of which %2 ms drawing; steps run: %n", nullptr, static_cast<int>(result.stepsRun))
                          .arg(result.latencyMs > 0 ? result.latencyMs : result.computeMs + result.renderMs, 0, 'f', 0)
                          .arg(result.renderMs, 0, 'f', 0));
    m_problem->setVisible(!result.problem.isEmpty());
    if (!result.problem.isEmpty())
        m_problem->setText((result.rejected ? tr("Step %1 skips this frame: %2") : tr("Step %1 failed: %2"))
                               .arg(result.failedStep + 1)
                               .arg(result.problem));
    m_compare->setPictures(result.before, result.after, result.difference, result.differenceRange, result.differenceUnit);
    m_compare->setLabels(tr("before"), result.step < 0 || afterShowsResult() ? tr("after the pipeline") : tr("after this step"));
}

} // namespace hb::app
