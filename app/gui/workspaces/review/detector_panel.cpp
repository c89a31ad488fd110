#include "workspaces/review/detector_panel.h"

#include "parameter_form.h"
#include "workspaces/review/proposal_list.h"
#include "workspaces/review/review_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hb::app {

DetectorPanel::DetectorPanel(const steps::StepRegistry& registry, ReviewSession& session, FileLister files, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_session(session)
    , m_files(std::move(files))
    , m_choice(new QComboBox(this))
    , m_form(new widgets::ParameterForm(this))
    , m_neighbours(new QSpinBox(this))
    , m_overlay(new QCheckBox(tr("Draw what it finds on the image"), this))
    , m_verdict(new QLabel(this))
    , m_run(new QPushButton(tr("Run over"), this))
    , m_runScope(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_runSummary(new QLabel(this))
    , m_proposals(new ProposalList(session, this))
{
    m_choice->setObjectName(QStringLiteral("detectorChoice"));
    for (const steps::FrameStep* step : m_registry.frameDetectors())
        m_choice->addItem(QCoreApplication::translate("hb::steps", step->descriptor().title.c_str()),
                          QString::fromStdString(step->descriptor().id));
    m_neighbours->setRange(0, 10);
    m_neighbours->setValue(2);
    m_neighbours->setSuffix(tr(" before and after"));
    m_neighbours->setToolTip(tr("Frames of the same detector, size and polarisation compared with this one"));
    m_overlay->setObjectName(QStringLiteral("detectorOverlay"));
    m_overlay->setChecked(true);
    m_verdict->setObjectName(QStringLiteral("detectorVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_run->setObjectName(QStringLiteral("runDetector"));
    m_run->setToolTip(tr("Run the detector with these parameters over the frames of the instrument on screen; "
                         "what it flags becomes proposals"));
    m_runScope->setObjectName(QStringLiteral("detectorRunScope"));
    m_runScope->addItem(tr("this day"));
    m_runScope->addItem(tr("all days of the instrument"));
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v / %m frames"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Stop: proposals made so far are kept"));
    m_cancel->setVisible(false);
    m_runSummary->setWordWrap(true);
    m_runSummary->setObjectName(QStringLiteral("detectorRunSummary"));

    auto* tune = new QGroupBox(tr("Tune on the frame on screen"), this);
    auto* tuneLayout = new QVBoxLayout(tune);
    auto* options = new QFormLayout;
    options->addRow(tr("Detector"), m_choice);
    options->addRow(tr("Neighbours"), m_neighbours);
    tuneLayout->addLayout(options);
    tuneLayout->addWidget(m_form);
    tuneLayout->addWidget(m_overlay);
    tuneLayout->addWidget(m_verdict);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_runScope);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    auto* review = new QGroupBox(tr("Proposals"), this);
    auto* reviewLayout = new QVBoxLayout(review);
    reviewLayout->addLayout(runRow);
    reviewLayout->addWidget(m_runSummary);
    reviewLayout->addWidget(m_proposals, 1);
    // The tuning form can be taller than the dock; it scrolls on its own so that the proposals, the
    // part a reviewer works through, keep most of the height instead of sitting below the fold.
    auto* tuneScroll = new QScrollArea(this);
    tuneScroll->setObjectName(QStringLiteral("detectorTuneScroll"));
    tuneScroll->setWidget(tune);
    tuneScroll->setWidgetResizable(true);
    tuneScroll->setFrameShape(QFrame::NoFrame);
    tuneScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tuneScroll->setMinimumHeight(tune->fontMetrics().height() * 6);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("detectorSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(tuneScroll);
    split->addWidget(review);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({400, 600});  // in proportion: the dock's height is not known yet
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_choice, &QComboBox::currentIndexChanged, this,
            [this] { setDetector(m_choice->currentData().toString()); });
    connect(m_form, &widgets::ParameterForm::edited, this,
            [this](const QString& key, const steps::ParamValue& value, bool) { setParameter(key.toStdString(), value); });
    connect(m_neighbours, &QSpinBox::valueChanged, this, &DetectorPanel::refreshVerdict);
    connect(m_overlay, &QCheckBox::toggled, this, &DetectorPanel::refreshVerdict);
    connect(m_run, &QPushButton::clicked, this, &DetectorPanel::runOverDay);
    // Another folder (another review database): the last run's summary was about the old one.
    connect(&m_session, &ReviewSession::marksChanged, this, [this] {
        if (m_session.databasePath() != m_summaryDatabase && !m_batch.isRunning()) {
            m_runSummary->clear();
            m_summaryDatabase = m_session.databasePath();
        }
    });
    connect(m_cancel, &QToolButton::clicked, this, &DetectorPanel::cancelRun);
    connect(&m_preview, &DetectorPreview::detected, this, &DetectorPanel::onDetected);
    connect(&m_batch, &DetectorBatch::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(&m_batch, &DetectorBatch::finished, this, &DetectorPanel::onRunFinished);
    connect(m_proposals, &ProposalList::frameRequested, this, &DetectorPanel::frameRequested);
    setDetector(m_choice->currentData().toString());
}

void DetectorPanel::setDetector(const QString& id)
{
    const steps::Step* found = m_registry.find(id.toStdString());
    if (!found || !found->has(steps::StepTrait::Detector) || found->kind() != steps::DataKind::Frame)
        return;
    const auto* step = static_cast<const steps::FrameStep*>(found);
    m_detector = step;
    if (const int index = m_choice->findData(id); index != m_choice->currentIndex()) {
        const QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(index);
    }
    auto [values, fresh] = m_values.try_emplace(step->descriptor().id, step->defaults());
    m_form->setStep(step, values->second);
    refreshVerdict();
}

void DetectorPanel::setParameter(const std::string& key, const steps::ParamValue& value)
{
    if (!m_detector)
        return;
    m_values[m_detector->descriptor().id][key] = value;
    refreshVerdict();
}

int DetectorPanel::neighbourCount() const
{
    return m_neighbours->value();
}

bool DetectorPanel::overlayShown() const
{
    return m_overlay->isChecked();
}

QString DetectorPanel::verdictText() const
{
    return m_verdict->text();
}

void DetectorPanel::setFrame(const std::string& path, std::vector<std::string> nearby)
{
    if (path == m_path && nearby == m_nearby)
        return;
    m_path = path;
    m_nearby = std::move(nearby);
    emit overlayChanged(QString::fromStdString(m_path), std::nullopt);  // the old shapes belong to another frame
    refreshVerdict();
}

void DetectorPanel::setPlaying(bool playing)
{
    m_playing = playing;
    if (!playing)
        refreshVerdict();
}

void DetectorPanel::refreshVerdict()
{
    if (!m_detector || m_path.empty() || m_playing || !m_active) {
        // Shapes drawn for other parameters or while the dock was open would mislead.
        emit overlayChanged(QString::fromStdString(m_path), std::nullopt);
        return;
    }
    DetectorPreview::Request request;
    request.detector = m_detector;
    request.params = m_values[m_detector->descriptor().id];
    request.path = m_path;
    // The frames nearest in the sequence, as many on each side as asked for.
    const auto at = std::find(m_nearby.begin(), m_nearby.end(), m_path);
    const std::ptrdiff_t position = at - m_nearby.begin(), n = m_neighbours->value();
    for (std::ptrdiff_t k = std::max<std::ptrdiff_t>(0, position - n);
         k <= std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(m_nearby.size()) - 1, position + n); ++k)
        if (k != position)
            request.neighbours.push_back(m_nearby[static_cast<std::size_t>(k)]);
    m_verdict->setText(tr("Looking..."));
    m_preview.request(std::move(request));
}

void DetectorPanel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    refreshVerdict();
}

void DetectorPanel::onDetected(const DetectorPreview::Result& result)
{
    if (result.path != m_path)
        return;
    if (!m_active || m_playing) {
        refreshVerdict();  // hidden or playing since it was asked: no shapes
        return;
    }
    if (!result.detection) {
        m_verdict->setText(tr("No verdict: %1").arg(result.problem));
        emit overlayChanged(QString::fromStdString(result.path), std::nullopt);
        return;
    }
    const Detection& d = *result.detection;
    m_verdict->setText((d.flagged ? tr("Would flag: %1") : tr("Clean: %1")).arg(QString::fromStdString(d.summary)) +
                       tr("\nScore %1, %2 ms").arg(d.score, 0, 'g', 3).arg(result.milliseconds, 0, 'f', 0));
    emit overlayChanged(QString::fromStdString(result.path),
                        m_overlay->isChecked() ? result.detection : std::optional<Detection>());
}

void DetectorPanel::runOverDay()
{
    if (!m_detector || m_batch.isRunning())
        return;
    if (!m_session.isOpen()) {
        m_runSummary->setText(tr("No review database is open: proposals have nowhere to go."));
        return;
    }
    std::vector<std::string> files = m_files(m_runScope->currentIndex() == 1);
    if (files.empty()) {
        m_runSummary->setText(tr("Choose a frame first: the detector runs over its instrument's frames."));
        return;
    }
    m_progress->setRange(0, static_cast<int>(files.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_run->setEnabled(false);
    m_runSummary->setText(tr("Running %1 over %n frame(s)...", nullptr, static_cast<int>(files.size())).arg(m_choice->currentText()));
    m_batch.start(*m_detector, m_values[m_detector->descriptor().id], std::move(files), m_neighbours->value(), *m_session.store());
}

void DetectorPanel::setRunOverAllDays(bool allDays)
{
    m_runScope->setCurrentIndex(allDays ? 1 : 0);
}

void DetectorPanel::cancelRun()
{
    m_batch.cancel();
}

void DetectorPanel::onRunFinished(const DetectorBatch::Summary& summary)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_run->setEnabled(true);
    QString text = tr("%1 frames in %2 s: %3 proposed")
                       .arg(summary.frames)
                       .arg(summary.seconds, 0, 'f', 1)
                       .arg(summary.proposed);
    if (summary.failed > 0)
        text += tr(", %1 failed (%2)").arg(summary.failed).arg(summary.firstProblem);
    if (summary.cancelled)
        text += tr("; stopped, proposals made so far are kept");
    m_runSummary->setText(text);
    m_session.reload();
    emit runFinished(summary);
}

} // namespace hb::app
