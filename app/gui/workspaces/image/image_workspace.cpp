#include "workspaces/image/image_workspace.h"

#include "workspaces/image/display_toolbar.h"
#include "workspaces/image/frame_annotations.h"
#include "header_view.h"
#include "histogram_view.h"
#include "image_view.h"
#include "kernel/data_unit.h"
#include "kernel/step_registry.h"
#include "workspaces/processing/pipeline_panel.h"
#include "workspaces/image/playback_controller.h"
#include "workspaces/image/playback_range.h"
#include "workspaces/image/previous_frame_compare.h"
#include "workspaces/image/sequence_panel.h"
#include "session.h"
#include "workspaces/dock.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace hb::app {

namespace {
// Processed frames kept for playing them: a gigabyte holds every stage of a few dozen frames of
// 1024 x 1024 with masks, enough to loop over a LASCO day without recomputing.
constexpr std::size_t kProcessedCacheBytes = 1ull << 30;
// Frames decoded ahead of playback while one is on screen.
constexpr int kPrefetchFrames = 8;
// A frame that takes longer than this to come is marked as being made; quicker ones do not flash.
constexpr int kPendingMarkMs = 250;
} // namespace

ImageWorkspace::ImageWorkspace(QMainWindow* window, Context context)
    : QObject(window)
    , m_window(window)
    , m_context(std::move(context))
    , m_display(new DisplayToolBar(window))
    , m_view(new widgets::ImageView(window))
    , m_headerView(new widgets::HeaderView(window))
    , m_histogram(new widgets::HistogramView(window))
    , m_sequencePanel(new SequencePanel(window))
    , m_framePage(new QWidget(window))
    , m_processedFrames(steps::builtinSteps(), kProcessedCacheBytes)
    , m_compare(new PreviousFrameCompare(m_presenter.cache(), window, this))
    , m_pendingMark(new QTimer(this))
    , m_pooledRange(new PlaybackRange(m_presenter.cache(), this))
{
    m_pendingMark->setSingleShot(true);
    m_pendingMark->setInterval(kPendingMarkMs);
    connect(m_pendingMark, &QTimer::timeout, this, &ImageWorkspace::showPending);
    m_view->setObjectName(QStringLiteral("frameView"));
    auto* layout = new QVBoxLayout(m_framePage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_sequencePanel);

    connect(m_display, &DisplayToolBar::changed, this, [this] {
        if (m_sequencePanel->playback().isPlaying())
            restartPlaybackRange(true);  // other percentiles
        presentCurrent();
    });
    connect(m_histogram, &widgets::HistogramView::limitsChanged, this,
            [this](double low, double high) { m_display->setManualRange({low, high}); });
    connect(m_compare, &PreviousFrameCompare::problem, this, [this](const QString& text) { m_context.showProblem(text); });
    connect(m_compare, &PreviousFrameCompare::status, this, [this](const QString& text) { m_context.showStatus(text); });
    connect(&m_presenter, &FramePresenter::presented, this, &ImageWorkspace::onPresented);
    connect(&m_presenter, &FramePresenter::failed, this, &ImageWorkspace::onFailed);
    connect(m_view, &widgets::ImageView::hovered, this, [this](double x, double y) {
        if (m_readout)
            m_readout->setText(m_frame ? pixelReadout(*m_frame, m_wcs, x, y) : QString());
    });
    connect(m_context.pipeline, &PipelinePanel::pipelineChanged, this, [this] {
        if (showsProcessed()) {
            presentCurrent();  // the new frame source first: the pooled range is over what it makes
            restartPlaybackRange(true);
        }
    });
}

ImageWorkspace::~ImageWorkspace() = default;

widgets::CompareView* ImageWorkspace::compareView() const noexcept { return m_compare->view(); }

void ImageWorkspace::install(QMenu* viewMenu, QLabel* readout)
{
    m_readout = readout;
    addDock(m_window, tr("Header"), "HeaderDock", m_headerView, Qt::RightDockWidgetArea);
    addDock(m_window, tr("Histogram"), "HistogramDock", m_histogram, Qt::RightDockWidgetArea);
    m_window->addToolBar(m_display);
    m_display->addAction(tr("Fit"), m_view, &widgets::ImageView::zoomToFit);
    m_display->addAction(tr("1:1"), m_view, [this] { m_view->setZoom(1.0); });

    m_showProcessed = viewMenu->addAction(tr("Show &Processed Frames"));
    m_showProcessed->setObjectName(QStringLiteral("showProcessedAction"));
    m_showProcessed->setIconText(tr("Processed"));
    m_showProcessed->setCheckable(true);
    m_showProcessed->setShortcut(QKeySequence(Qt::Key_P));
    m_showProcessed->setShortcutContext(Qt::WindowShortcut);
    m_showProcessed->setToolTip(tr("Show and play the frames through the Pipeline dock's pipeline (P); flag them as they play"));
    m_window->addAction(m_showProcessed);
    m_sequencePanel->addToggle(m_showProcessed);
    connect(m_showProcessed, &QAction::toggled, this, [this] {
        presentCurrent();  // the frame source first: the pooled range is over what it makes
        restartPlaybackRange(true);
    });

    QAction* caption = viewMenu->addAction(tr("Frame &Caption"));
    caption->setObjectName(QStringLiteral("frameCaptionAction"));
    caption->setCheckable(true);
    caption->setChecked(QSettings().value(QStringLiteral("view/caption"), true).toBool());
    caption->setShortcut(QKeySequence(Qt::Key_I));
    caption->setShortcutContext(Qt::WindowShortcut);
    caption->setToolTip(tr("Time, detector and frame number on the image, also while playing (I)"));
    m_view->setCaptionShown(caption->isChecked());
    m_window->addAction(caption);
    connect(caption, &QAction::toggled, this, [this](bool on) {
        m_view->setCaptionShown(on);
        QSettings().setValue(QStringLiteral("view/caption"), on);
    });
    bindPlaybackKeys();
}

void ImageWorkspace::bindPlaybackKeys()
{
    PlaybackController& playback = m_sequencePanel->playback();
    connect(m_sequencePanel, &SequencePanel::positionChanged, this, &ImageWorkspace::showSequencePosition);
    connect(&playback, &PlaybackController::playingChanged, this, [this](bool playing) {
        restartPlaybackRange(true);
        if (!playing)
            presentCurrent();  // back to the frame's own range
    });
    const std::pair<QKeySequence, void (PlaybackController::*)()> keys[] = {
        {Qt::Key_Left, &PlaybackController::previous}, {Qt::Key_Right, &PlaybackController::next},
        {Qt::Key_Home, &PlaybackController::first},   {Qt::Key_End, &PlaybackController::last},
        {Qt::Key_Space, &PlaybackController::togglePlay}};
    for (const auto& [key, slot] : keys) {
        auto* action = new QAction(m_window);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        const bool steps = key == QKeySequence(Qt::Key_Left) || key == QKeySequence(Qt::Key_Right);
        connect(action, &QAction::triggered, this, [this, &playback, slot, steps] {
            if (steps && m_context.beforeStep)
                m_context.beforeStep();
            (playback.*slot)();
        });
        m_window->addAction(action);
    }
}

void ImageWorkspace::restartPlaybackRange(bool valuesChanged)
{
    const bool playing = m_sequencePanel->playback().isPlaying();
    if (valuesChanged || !playing) {
        m_playRange.reset();
        m_pooledRange->reset();
    }
    if (!playing)
        return;
    const Session& session = *m_context.session;
    std::vector<std::string> paths;
    if (m_frameSource) {
        const int around = session.currentEntry() >= 0 ? session.currentEntry() : session.shownEntry();
        paths = session.unflaggedPaths(around);  // what the processed source plays
    } else {
        for (int index : session.sequence())
            paths.push_back(session.entry(index).info.path);
    }
    const QPointF percentiles = m_display->percentiles();
    m_pooledRange->compute(paths, m_frameSource, percentiles.x(), percentiles.y());
}

void ImageWorkspace::setSequence(const std::vector<int>& sequence, int position, bool keepPlaying)
{
    Session& session = *m_context.session;
    session.setSequence(sequence);
    std::vector<std::int64_t> times;
    for (int index : sequence) {
        const auto& t = session.entry(index).info.time;
        times.push_back(t ? t->nanoseconds : (times.empty() ? 0 : times.back() + 1));
    }
    if (keepPlaying)
        m_sequencePanel->updateTimes(std::move(times), position);
    else
        m_sequencePanel->setTimes(std::move(times), position);
    if (keepPlaying)
        restartPlaybackRange(false);  // frames added while playing: the range they bring comes when pooled
    emit sequenceChanged();
}

void ImageWorkspace::showEntry(int entry)
{
    m_context.session->setCurrentEntry(entry);
    const std::string detector = m_context.session->entry(entry).info.detector.value_or("");
    m_display->setDetector(detector);
    // The pipeline of the frame's instrument before the frame is made: the one of the frame
    // shown before would refuse it (a COR2 frame through the LASCO steps).
    m_context.pipeline->setDetector(QString::fromStdString(detector));
    presentCurrent();
}

void ImageWorkspace::forgetProcessedFrames()
{
    m_sequencePanel->playback().pause();
    m_processedFrames.clear();
}

void ImageWorkspace::showSequencePosition(int position)
{
    const std::vector<int>& sequence = m_context.session->sequence();
    if (position < 0 || position >= static_cast<int>(sequence.size()))
        return;
    showEntry(sequence[static_cast<std::size_t>(position)]);
    emit entryFollowed(sequence[static_cast<std::size_t>(position)]);
    std::vector<std::string> upcoming;
    for (int k = 1; k <= kPrefetchFrames && position + k < static_cast<int>(sequence.size()); ++k)
        upcoming.push_back(m_context.session->entry(sequence[static_cast<std::size_t>(position + k)]).info.path);
    m_presenter.prefetch(std::move(upcoming), m_frameSource);
}

bool ImageWorkspace::showsProcessed() const
{
    return m_showProcessed && m_showProcessed->isChecked();
}

FramePresenter::FrameSource ImageWorkspace::shownFrameSource()
{
    const Session& session = *m_context.session;
    const int around = session.currentEntry() >= 0 ? session.currentEntry() : session.shownEntry();
    if (!showsProcessed() || around < 0)
        return {};
    const steps::Pipeline pipeline = m_context.pipeline->pipeline();
    if (std::none_of(pipeline.steps.begin(), pipeline.steps.end(), [](const steps::PipelineStep& s) { return s.enabled; }))
        return {};
    // The whole detector sequence, flagged frames left out as in movies: kept as the same
    // sequence frame after frame, so the engine's cache carries over.
    return m_processedFrames.source(pipeline, session.unflaggedPaths(around));
}

void ImageWorkspace::presentCurrent()
{
    const Session& session = *m_context.session;
    if (session.currentEntry() < 0)
        return;
    FramePresenter::Request request;
    request.path = session.entry(session.currentEntry()).info.path;
    request.source = m_frameSource = shownFrameSource();
    showDataKind();
    request.display = m_display->settings();
    const QPointF percentiles = m_display->percentiles();
    request.lowPercent = percentiles.x();
    request.highPercent = percentiles.y();
    request.maskOverlay = m_display->maskOverlay();
    const std::optional<render::DisplayRange>& playing = m_pooledRange->range() ? m_pooledRange->range() : m_playRange;
    if (const auto& fixed = m_display->manualRange() ? m_display->manualRange() : playing) {
        request.autoRange = false;
        request.display.range = *fixed;
    }
    const bool another = !m_frame || m_frame->info.path != request.path;
    m_presenter.present(std::move(request));
    if (another && !m_sequencePanel->playback().isPlaying())
        m_pendingMark->start();
}

void ImageWorkspace::showDataKind()
{
    if (!m_frameSource) {
        m_display->setDataKind("file", tr("the values as read"));
        return;
    }
    const std::optional<steps::DataUnit> unit = steps::unitGiven(m_context.pipeline->pipeline(), steps::builtinSteps());
    if (unit)
        m_display->setDataKind(std::string(steps::dataUnitKey(*unit)), QString::fromUtf8(steps::dataUnitName(*unit)));
    else
        m_display->setDataKind("processed", tr("processed values"));
}

void ImageWorkspace::showPending()
{
    const Session& session = *m_context.session;
    if (!session.hasEntry(session.currentEntry()))
        return;
    const QString path = QString::fromStdString(session.entry(session.currentEntry()).info.path);
    m_view->showPlaceholder(QFileInfo(path).fileName(),
                            m_frameSource ? tr("Being made through the pipeline ...") : tr("Being read ..."));
}

void ImageWorkspace::dropFrame()
{
    m_pendingMark->stop();
    m_frame.reset();
    m_wcs.reset();
    m_asReadToShown = {};
    m_headerView->setHeader({});
    m_histogram->clear();
}

void ImageWorkspace::onFailed(const QString& path, const QString& problem)
{
    m_context.showProblem(tr("%1: %2").arg(path, problem));
    Session& session = *m_context.session;
    if (!session.hasEntry(session.currentEntry()) || session.entry(session.currentEntry()).info.path != path.toStdString())
        return;  // not the frame asked for last
    dropFrame();
    m_view->showPlaceholder(QFileInfo(path).fileName(), problem);
    showCaption(session.currentEntry(), false);
    session.setShownEntry(session.currentEntry());
    emit frameFailed(session.currentEntry(), problem);
}

void ImageWorkspace::showUnreadable(const QString& path, const QString& reason)
{
    m_sequencePanel->playback().pause();
    dropFrame();
    m_view->showPlaceholder(QFileInfo(path).fileName(), reason);
    m_context.session->setCurrentEntry(-1);
    m_context.session->setShownEntry(-1);
    m_context.showProblem(tr("%1: %2").arg(path, reason));
}

void ImageWorkspace::onPresented(const FramePresenter::Result& result)
{
    Session& session = *m_context.session;
    m_pendingMark->stop();
    m_frame = result.frame;
    int shown = session.currentEntry();
    if (shown < 0 || session.entry(shown).info.path != m_frame->info.path) {
        const auto& sequence = session.sequence();
        const auto same = std::find_if(sequence.begin(), sequence.end(),
                                       [&](int index) { return session.entry(index).info.path == m_frame->info.path; });
        shown = same == sequence.end() ? -1 : *same;
    }
    session.setShownEntry(shown);
    if (m_sequencePanel->playback().isPlaying() && !m_playRange && !result.picture.isNull())
        m_playRange = result.range;
    m_view->setPicture(result.picture);
    if (shown >= 0)
        showCaption(shown, result.original && result.original != result.frame);
    else
        m_view->setCaption(frameCaption(m_frame->info, -1, 0, result.original && result.original != result.frame));
    m_headerView->setHeader(m_frame->header);
    if (!result.picture.isNull()) {
        m_shownRange = result.range;
        m_display->showRange(result.range);
        m_histogram->setHistogram(result.histogram);
        m_histogram->setLimits(result.range.low, result.range.high);
    } else {
        m_histogram->clear();
    }
    m_wcs = geometry::SolarWcs::fromHeader(m_frame->header);
    m_asReadToShown = result.original && result.original != result.frame ? app::asReadToShown(*result.original, *m_frame) : PixelMap();
    m_view->setCircles(solarOverlays(*m_frame, m_wcs));
    const QString path = QString::fromStdString(m_frame->info.path);
    if (result.picture.isNull())
        m_context.showStatus(tr("%1   header only, no image").arg(path));
    else if (!m_context.quietStatus())
        m_context.showStatus(tr("%1   %2display range %3 .. %4")
                                 .arg(path, result.original && result.original != result.frame ? tr("processed, ") : QString())
                                 .arg(result.range.low, 0, 'g', 5)
                                 .arg(result.range.high, 0, 'g', 5) +
                             (shown >= 0 && !session.entry(shown).damage.empty()
                                  ? tr("   damaged: %1").arg(QString::fromStdString(session.entry(shown).damage))
                                  : QString()));
    refreshCompare();
    emit frameShown(result);
}

void ImageWorkspace::showCaption(int entry, bool processed)
{
    const Session& session = *m_context.session;
    m_view->setCaption(frameCaption(session.entry(entry).info, session.positionInSequence(entry),
                                    static_cast<int>(session.sequence().size()), processed));
}

void ImageWorkspace::setCompareShown(bool shown)
{
    m_compare->setShown(shown);
    refreshCompare();
}

void ImageWorkspace::refreshCompare()
{
    if (!m_frame)
        return;
    render::DisplaySettings display = m_display->settings();
    display.range = m_shownRange;
    m_compare->refresh(*m_context.session, display, m_frameSource);
}

} // namespace hb::app
