#include "main_window.h"

#include "background_scan.h"
#include "catalog_model.h"
#include "catalog_panel.h"
#include "compare_presenter.h"
#include "compare_view.h"
#include "detector_panel.h"
#include "display_toolbar.h"
#include "frame_annotations.h"
#include "header_view.h"
#include "histogram_view.h"
#include "image_view.h"
#include "pipeline_document.h"
#include "pipeline_panel.h"
#include "preview_panel.h"
#include "processing_controller.h"
#include "review_panel.h"
#include "review_session.h"
#include "sequence_panel.h"
#include "workspaces/export/export_workspace.h"
#include "flag_style.h"
#include "frame_strip.h"
#include "catalog/sequence_selector.h"
#include "steps/calibration_image_cache.h"
#include "review/flag_reason.h"
#include "kernel/step_registry.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QFileInfo>
#include <QDir>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hb::app {

namespace {
// Processed frames kept for playing them: a gigabyte holds every stage of a few dozen frames of
// 1024 x 1024 with masks, enough to loop over a LASCO day without recomputing.
constexpr std::size_t kProcessedCacheBytes = 1ull << 30;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(new CatalogPanel(this))
    , m_scan(new BackgroundScan(this))
    , m_display(new DisplayToolBar(this))
    , m_view(new widgets::ImageView(this))
    , m_headerView(new widgets::HeaderView(this))
    , m_histogram(new widgets::HistogramView(this))
    , m_compare(new widgets::CompareView(this))
    , m_centreTabs(new QTabWidget(this))
    , m_sequencePanel(new SequencePanel(this))
    , m_pipelinePanel(new PipelinePanel(steps::builtinSteps(), this))
    , m_previewPanel(new PreviewPanel(this))
    , m_review(new ReviewSession(this))
    , m_reviewPanel(new ReviewPanel(*m_review, this))
    , m_detectorPanel(new DetectorPanel(steps::builtinSteps(), *m_review,
                                        [this](bool allDays) {
                                            std::vector<std::string> files;
                                            if (m_shownEntry >= 0)
                                                for (int index : framesOfInstrument(m_shownEntry, !allDays))
                                                    files.push_back(entry(index).info.path);
                                            return files;
                                        }, this))
    , m_readout(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelScan(new QToolButton(this))
    , m_processedFrames(steps::builtinSteps(), kProcessedCacheBytes)
    , m_comparePresenter(std::make_unique<ComparePresenter>(m_presenter.cache()))
{
    setWindowTitle(tr("HelioBench"));
    setObjectName(QStringLiteral("MainWindow"));
    m_view->setObjectName(QStringLiteral("frameView"));
    m_processing = new ProcessingController(
        m_pipelinePanel, m_previewPanel, this, [this](PipelinePanel::Scope scope) { return filesToProcess(static_cast<int>(scope)); },
        [this] { return sequenceOfShownFrame(); });
    m_export = new ExportWorkspace(this,
                                   {.shownEntry = [this] { return m_shownEntry; },
                                    .sequenceOf = [this](int e, bool allDays) { return sequenceOf(e, allDays); },
                                    .review = m_review,
                                    .pipeline = m_pipelinePanel,
                                    .display = m_display,
                                    .showStatus = [this](const QString& text) { m_status->setText(text); }},
                                   this);
    buildDocks();
    addToolBar(m_display);
    m_display->addAction(tr("Fit"), m_view, &widgets::ImageView::zoomToFit);
    m_display->addAction(tr("1:1"), m_view, [this] { m_view->setZoom(1.0); });
    buildMenus();
    buildStatusBar();
    bindPlaybackKeys();
    bindReview();

    connect(m_display, &DisplayToolBar::changed, this, &MainWindow::presentCurrent);
    connect(m_histogram, &widgets::HistogramView::limitsChanged, this,
            [this](double low, double high) { m_display->setManualRange({low, high}); });
    connect(m_centreTabs, &QTabWidget::currentChanged, this, &MainWindow::refreshCompare);
    connect(m_centreTabs, &QTabWidget::currentChanged, this,
            [this] { m_processing->setPreviewShown(m_centreTabs->currentWidget() == m_previewPanel); });
    connect(m_comparePresenter.get(), &ComparePresenter::compared, m_compare, &widgets::CompareView::setPictures);
    connect(m_comparePresenter.get(), &ComparePresenter::failed, m_status, &QLabel::setText);
    connect(&m_presenter, &FramePresenter::presented, this, &MainWindow::onPresented);
    connect(&m_presenter, &FramePresenter::failed, this,
            [this](const QString& path, const QString& problem) { m_status->setText(tr("%1: %2").arg(path, problem)); });
    connect(m_view, &widgets::ImageView::hovered, this, [this](double x, double y) {
        m_readout->setText(m_frame ? pixelReadout(*m_frame, m_wcs, x, y) : QString());
    });
    connect(m_scan, &BackgroundScan::entriesArrived, m_catalog, &CatalogPanel::append);
    connect(m_scan, &BackgroundScan::progress, this, &MainWindow::onScanProgress);
    connect(m_scan, &BackgroundScan::finished, this, &MainWindow::onScanFinished);
    connect(m_catalog, &CatalogPanel::frameChosen, this, [this](int chosen, const std::vector<int>& sequence, int position) {
        setSequence(sequence, position, false);
        showEntry(chosen);
    });
    connect(m_catalog, &CatalogPanel::sequenceChanged, this,
            [this](const std::vector<int>& sequence, int position) { setSequence(sequence, position, true); });
    connect(m_catalog, &CatalogPanel::unreadableChosen, this,
            [this](const QString& path, const QString& reason) { m_status->setText(tr("%1: %2").arg(path, reason)); });

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        // First run: most of the screen, for images and docks side by side.
        const QSize screen = this->screen() ? this->screen()->availableGeometry().size() : QSize(1280, 800);
        resize(std::max(1280, screen.width() * 9 / 10), std::max(800, screen.height() * 9 / 10));
        resizeDocks({findChild<QDockWidget*>(QStringLiteral("CatalogDock")), findChild<QDockWidget*>(QStringLiteral("PipelineDock"))},
                    {440, 320}, Qt::Horizontal);
    }
    m_centreTabs->setCurrentIndex(settings.value(QStringLiteral("window/centreTab"), 0).toInt());
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the docks after this object's members are gone; their signals must not reach it then.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/centreTab"), m_centreTabs->currentIndex());
}

void MainWindow::buildDocks()
{
    const auto dock = [this](const QString& title, const char* name, QWidget* content, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    dock(tr("Catalog"), "CatalogDock", m_catalog, Qt::LeftDockWidgetArea);
    QDockWidget* header = dock(tr("Header"), "HeaderDock", m_headerView, Qt::RightDockWidgetArea);
    dock(tr("Histogram"), "HistogramDock", m_histogram, Qt::RightDockWidgetArea);
    QDockWidget* pipeline = dock(tr("Pipeline"), "PipelineDock", m_pipelinePanel, Qt::RightDockWidgetArea);
    // Scrolled rather than squeezed when the dock is short: forms and lists keep their height.
    const auto scrolled = [this](QWidget* content) {
        auto* area = new QScrollArea(this);
        area->setWidget(content);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // scroll down, never sideways
        area->setMinimumWidth(content->minimumSizeHint().width() + area->verticalScrollBar()->sizeHint().width());
        return area;
    };
    QDockWidget* review = dock(tr("Review"), "ReviewDock", scrolled(m_reviewPanel), Qt::RightDockWidgetArea);
    QDockWidget* detectors = dock(tr("Detectors"), "DetectorDock", scrolled(m_detectorPanel), Qt::RightDockWidgetArea);
    // The tab chosen, not the widget's own visibility: tabs behind others may still count as shown.
    connect(detectors, &QDockWidget::visibilityChanged, m_detectorPanel, &DetectorPanel::setActive);
    // Header, pipeline, review and detectors share the tall slot above the histogram: one at a time.
    tabifyDockWidget(header, pipeline);
    tabifyDockWidget(pipeline, review);
    tabifyDockWidget(review, detectors);
    pipeline->raise();
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_sequencePanel);
    m_centreTabs->addTab(centre, tr("Frame"));
    m_centreTabs->addTab(m_compare, tr("Compare with previous frame"));
    m_centreTabs->addTab(m_previewPanel, tr("Processing"));
    setCentralWidget(m_centreTabs);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Folder..."), this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    m_export->addActions(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_showProcessed = view->addAction(tr("Show &Processed Frames"));
    m_showProcessed->setObjectName(QStringLiteral("showProcessedAction"));
    m_showProcessed->setIconText(tr("Processed"));
    m_showProcessed->setCheckable(true);
    m_showProcessed->setShortcut(QKeySequence(Qt::Key_P));
    m_showProcessed->setShortcutContext(Qt::WindowShortcut);
    m_showProcessed->setToolTip(tr("Show and play the frames through the Pipeline dock's pipeline (P); flag them as they play"));
    addAction(m_showProcessed);
    m_sequencePanel->addToggle(m_showProcessed);
    connect(m_showProcessed, &QAction::toggled, this, [this] {
        m_playRange.reset();
        presentCurrent();
    });
    connect(m_pipelinePanel, &PipelinePanel::pipelineChanged, this, [this] {
        if (showsProcessed()) {
            m_playRange.reset();
            presentCurrent();
        }
    });
    QMenu* review = menuBar()->addMenu(tr("&Review"));
    for (QAction* action : m_reviewPanel->reviewActions()) {
        review->addAction(action);
        addAction(action);  // window-wide keys, also while the menu is closed and the dock hidden
    }
}

void MainWindow::buildStatusBar()
{
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("%v / %m files"));
    m_progress->setVisible(false);
    m_cancelScan->setObjectName(QStringLiteral("cancelScan"));
    m_cancelScan->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancelScan->setToolTip(tr("Stop scanning: the files found so far stay in the catalog"));
    m_cancelScan->setAutoRaise(true);
    m_cancelScan->setVisible(false);
    connect(m_cancelScan, &QToolButton::clicked, m_scan, &BackgroundScan::cancel);
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setFont(QFont(QStringLiteral("monospace")));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_readout);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelScan);
    m_status->setText(tr("Open a folder of FITS files to begin."));
}

void MainWindow::bindPlaybackKeys()
{
    PlaybackController& playback = m_sequencePanel->playback();
    connect(m_sequencePanel, &SequencePanel::positionChanged, this, &MainWindow::showSequencePosition);
    connect(&playback, &PlaybackController::playingChanged, this, [this](bool playing) {
        m_playRange.reset();
        if (!playing)
            presentCurrent();  // back to the frame's own range
    });
    connect(&playback, &PlaybackController::playingChanged, m_detectorPanel, &DetectorPanel::setPlaying);
    const std::pair<QKeySequence, void (PlaybackController::*)()> keys[] = {
        {Qt::Key_Left, &PlaybackController::previous}, {Qt::Key_Right, &PlaybackController::next},
        {Qt::Key_Home, &PlaybackController::first},   {Qt::Key_End, &PlaybackController::last},
        {Qt::Key_Space, &PlaybackController::togglePlay}};
    for (const auto& [key, slot] : keys) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        if (key == QKeySequence(Qt::Key_Left) || key == QKeySequence(Qt::Key_Right))
            connect(action, &QAction::triggered, this, [this, slot] { stepReviewed(slot); });
        else
            connect(action, &QAction::triggered, &playback, slot);
        addAction(action);
    }
}

void MainWindow::bindReview()
{
    m_catalog->model().setMarkSource([this](const CatalogEntry& e) { return m_review->mark(e.info.path); });
    connect(m_review, &ReviewSession::marksChanged, this, &MainWindow::onMarksChanged);
    connect(m_review, &ReviewSession::failed, m_status, &QLabel::setText);
    connect(m_reviewPanel, &ReviewPanel::nextUnreviewedRequested, this, [this] {
        if (m_reviewPanel->reviewMode() && m_shownEntry >= 0)
            m_review->markReviewed(entry(m_shownEntry).info);
        jumpTo([](const review::FrameMark& m) { return !m.reviewed; }, +1,
               tr("Every frame of this sequence is reviewed."));
    });
    connect(m_reviewPanel, &ReviewPanel::flaggedRequested, this, [this](int direction) {
        jumpTo([](const review::FrameMark& m) { return m.flagged.has_value(); }, direction,
               tr("No other flagged frame in this sequence."));
    });
    connect(m_reviewPanel, &ReviewPanel::reviewModeChanged, this, [this](bool on) {
        if (on)
            findChild<QDockWidget*>(QStringLiteral("ReviewDock"))->raise();
    });
    connect(m_detectorPanel, &DetectorPanel::overlayChanged, this, &MainWindow::showDetection);
    connect(m_detectorPanel, &DetectorPanel::frameRequested, this, &MainWindow::showPath);
}

void MainWindow::stepReviewed(void (PlaybackController::*step)())
{
    PlaybackController& playback = m_sequencePanel->playback();
    // In review mode a frame looked at and stepped past is reviewed; frames flying by in a movie are not.
    if (m_reviewPanel->reviewMode() && !playback.isPlaying() && m_shownEntry >= 0)
        m_review->markReviewed(entry(m_shownEntry).info);
    (playback.*step)();
}

void MainWindow::jumpTo(const std::function<bool(const review::FrameMark&)>& wanted, int direction, const QString& none)
{
    const int count = static_cast<int>(m_sequence.size());
    const int from = m_sequencePanel->playback().position();
    if (count == 0 || from < 0)
        return;
    // Round the sequence once, starting after the frame on screen.
    for (int step = 1; step < count; ++step) {
        const int position = ((from + direction * step) % count + count) % count;
        if (wanted(m_catalog->model().mark(m_sequence[static_cast<std::size_t>(position)]))) {
            m_sequencePanel->playback().setPosition(position);
            return;
        }
    }
    m_status->setText(none);
}

void MainWindow::onMarksChanged()
{
    m_catalog->model().refreshMarks();
    std::vector<widgets::FrameStrip::Mark> marks;
    marks.reserve(m_sequence.size());
    if (m_review->isOpen())
        for (int index : m_sequence) {
            const review::FrameMark mark = m_catalog->model().mark(index);
            marks.push_back({mark.flagged ? widgets::flagColour(*mark.flagged) : QColor(), mark.reviewed, mark.proposals > 0});
        }
    m_sequencePanel->strip()->setMarks(std::move(marks));
    const review::FrameMark shown = m_shownEntry >= 0 ? m_catalog->model().mark(m_shownEntry) : review::FrameMark{};
    if (shown.flagged)
        m_view->setBadge(widgets::flagLabel(*shown.flagged), widgets::flagColour(*shown.flagged));
    else if (shown.proposals > 0)
        m_view->setBadge(tr("Proposed"), widgets::proposalColour());
    else
        m_view->setBadge({}, {});
    showReviewCounts();
}

void MainWindow::showReviewCounts()
{
    if (m_shownEntry < 0)
        return;
    const auto counts = [](const QModelIndex& group) {
        const QVariantList c = group.data(widgets::CatalogModel::CountsRole).toList();
        return c.size() == 3 ? ReviewPanel::Counts{c[0].toInt(), c[1].toInt(), c[2].toInt()} : ReviewPanel::Counts{};
    };
    const QModelIndex day = m_catalog->model().indexOfEntry(m_shownEntry).parent();
    const QModelIndex detector = day.parent();
    m_reviewPanel->setCounts(day.data().toString(), counts(day), detector.data().toString(), counts(detector));
}

void MainWindow::showPath(const QString& path)
{
    for (int k = 0; k < catalogFileCount(); ++k)
        if (entry(k).info.path == path.toStdString() ||
            (m_review->isOpen() && m_review->store()->relativePath(entry(k).info.path) == m_review->store()->relativePath(path.toStdString()))) {
            if (!m_catalog->chooseEntry(k))
                m_status->setText(tr("%1 is hidden by the catalog's filters.").arg(path));
            return;
        }
    m_status->setText(tr("%1 is not in the catalog.").arg(path));
}

void MainWindow::showDetection(const QString& path, const std::optional<Detection>& detection)
{
    if (!detection || !m_frame || m_frame->info.path != path.toStdString())
        m_view->setOverlay({});
    else
        m_view->setOverlay(detectionOverlay(*detection));
}

std::vector<int> MainWindow::framesOfInstrument(int around, bool sameDay) const
{
    // Across days unless asked: one frame a day (the archive's Venus and comet sequences) still
    // has neighbours. The rule of what belongs together is the CLI's (catalog/sequence_selector.h).
    std::vector<int> frames;
    if (around < 0)
        return frames;
    for (const std::size_t index : sequenceAround(m_catalog->model().entries(), static_cast<std::size_t>(around), sameDay))
        frames.push_back(static_cast<int>(index));
    return frames;
}

FrameSequence MainWindow::sequenceOf(int entryNumber, bool allDays) const
{
    FrameSequence sequence;
    if (entryNumber < 0 || entryNumber >= catalogFileCount())
        return sequence;
    sequence.label = sequenceLabel(entry(entryNumber).info);
    for (int index : framesOfInstrument(entryNumber, !allDays))
        sequence.frames.push_back(entry(index));
    return sequence;
}

std::vector<std::string> MainWindow::sequenceOfShownFrame() const
{
    std::vector<std::string> paths;
    if (m_shownEntry < 0)
        return paths;
    for (int index : framesOfInstrument(m_shownEntry, false)) {
        const std::string& path = entry(index).info.path;
        // Flagged frames are not part of the sequence, as in movies and backgrounds; the frame
        // on screen is, so that the scientist can see what a step would make of it.
        if (index == m_shownEntry || !m_review->mark(path).flagged)
            paths.push_back(path);
    }
    return paths;
}

std::vector<std::string> MainWindow::nearbyPaths() const
{
    // Enough frames around this one for the largest neighbour count the detectors offer.
    constexpr std::ptrdiff_t kReach = 10;
    const std::vector<int> frames = framesOfInstrument(m_shownEntry, false);
    const auto at = std::find(frames.begin(), frames.end(), m_shownEntry);
    if (at == frames.end())
        return {entry(m_shownEntry).info.path};
    const std::ptrdiff_t position = at - frames.begin();
    std::vector<std::string> nearby;
    for (std::ptrdiff_t k = std::max<std::ptrdiff_t>(0, position - kReach);
         k <= std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(frames.size()) - 1, position + kReach); ++k)
        nearby.push_back(entry(frames[static_cast<std::size_t>(k)]).info.path);
    return nearby;
}

int MainWindow::catalogFileCount() const
{
    return m_catalog->model().entryCount();
}

const CatalogEntry& MainWindow::entry(int index) const
{
    return m_catalog->model().entry(index);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_folder);
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::openFolder(const QString& folder)
{
    m_sequencePanel->playback().pause();
    m_folder = folder;
    m_processedFrames.clear();
    steps::forgetCalibrationImages();
    rememberRecentFolder(folder);
    m_catalog->clear();
    m_sequence.clear();
    m_currentEntry = -1;
    m_status->setText(tr("Scanning %1 ...").arg(folder));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelScan->setVisible(true);
    setWindowTitle(tr("HelioBench - %1").arg(folder));
    m_shownEntry = -1;
    m_review->openForFolder(folder);
    m_reviewPanel->setFrame(std::nullopt);
    m_scan->start(folder);
}

void MainWindow::onScanProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void MainWindow::onScanFinished(bool cancelled)
{
    m_progress->setVisible(false);
    m_cancelScan->setVisible(false);
    const int files = catalogFileCount(), bad = m_catalog->model().unreadableCount();
    QString text = tr("%1: %n file(s)", nullptr, files).arg(m_folder);
    if (bad > 0)
        text += tr(", %n unreadable", nullptr, bad);
    if (cancelled)
        text += tr(" (scan stopped)");
    m_status->setText(text);
    emit scanFinished();
}

void MainWindow::setSequence(const std::vector<int>& sequence, int position, bool keepPlaying)
{
    m_sequence = sequence;
    std::vector<std::int64_t> times;
    for (int index : sequence) {
        const auto& t = entry(index).info.time;
        times.push_back(t ? t->nanoseconds : (times.empty() ? 0 : times.back() + 1));
    }
    if (keepPlaying)
        m_sequencePanel->updateTimes(std::move(times), position);
    else
        m_sequencePanel->setTimes(std::move(times), position);
    onMarksChanged();
}

void MainWindow::showEntry(int index)
{
    m_currentEntry = index;
    m_display->setDetector(entry(index).info.detector.value_or(""));
    presentCurrent();
}

void MainWindow::rememberRecentFolder(const QString& folder)
{
    constexpr int kRecentFolders = 8;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFolders")).toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > kRecentFolders)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFolders"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFolders")).toStringList();
    for (const QString& folder : recent)
        m_recentMenu->addAction(folder, this, [this, folder] { openFolder(folder); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showSequencePosition(int position)
{
    if (position < 0 || position >= static_cast<int>(m_sequence.size()))
        return;
    showEntry(m_sequence[static_cast<std::size_t>(position)]);
    m_catalog->followEntry(m_currentEntry);
    // Decode what playback needs next while this frame is on screen.
    constexpr int kPrefetchFrames = 8;
    std::vector<std::string> upcoming;
    for (int k = 1; k <= kPrefetchFrames && position + k < static_cast<int>(m_sequence.size()); ++k)
        upcoming.push_back(entry(m_sequence[static_cast<std::size_t>(position + k)]).info.path);
    m_presenter.prefetch(std::move(upcoming), m_frameSource);
}

bool MainWindow::showsProcessed() const
{
    return m_showProcessed && m_showProcessed->isChecked();
}

FramePresenter::FrameSource MainWindow::shownFrameSource()
{
    const int around = m_currentEntry >= 0 ? m_currentEntry : m_shownEntry;
    if (!showsProcessed() || around < 0)
        return {};
    const steps::Pipeline pipeline = m_pipelinePanel->pipeline();
    if (std::none_of(pipeline.steps.begin(), pipeline.steps.end(), [](const steps::PipelineStep& s) { return s.enabled; }))
        return {};
    // The whole detector sequence, flagged frames left out as in movies: kept as the same
    // sequence frame after frame, so the engine's cache carries over.
    std::vector<std::string> sequence;
    for (int index : framesOfInstrument(around, false)) {
        const std::string& path = entry(index).info.path;
        if (!m_review->mark(path).flagged)
            sequence.push_back(path);
    }
    return m_processedFrames.source(pipeline, std::move(sequence));
}

void MainWindow::presentCurrent()
{
    if (m_currentEntry < 0)
        return;
    FramePresenter::Request request;
    request.path = entry(m_currentEntry).info.path;
    request.source = m_frameSource = shownFrameSource();
    request.display = m_display->settings();
    const QPointF percentiles = m_display->percentiles();
    request.lowPercent = percentiles.x();
    request.highPercent = percentiles.y();
    request.maskOverlay = m_display->maskOverlay();
    if (const auto& fixed = m_display->manualRange() ? m_display->manualRange() : m_playRange) {
        request.autoRange = false;
        request.display.range = *fixed;
    }
    m_presenter.present(std::move(request));
}

void MainWindow::onPresented(const FramePresenter::Result& result)
{
    m_frame = result.frame;
    m_shownEntry = m_currentEntry;
    if (m_currentEntry < 0 || entry(m_currentEntry).info.path != m_frame->info.path) {
        const auto same = std::find_if(m_sequence.begin(), m_sequence.end(),
                                       [&](int index) { return entry(index).info.path == m_frame->info.path; });
        m_shownEntry = same == m_sequence.end() ? -1 : *same;
    }
    m_reviewPanel->setFrame(m_shownEntry >= 0 ? std::optional(entry(m_shownEntry).info) : std::nullopt);
    onMarksChanged();
    if (m_sequencePanel->playback().isPlaying() && !m_playRange && !result.picture.isNull())
        m_playRange = result.range;
    m_view->setPicture(result.picture);
    m_headerView->setHeader(m_frame->header);
    if (!result.picture.isNull()) {
        m_shownRange = result.range;
        m_histogram->setHistogram(result.histogram);
        m_histogram->setLimits(result.range.low, result.range.high);
    } else {
        m_histogram->clear();
    }
    m_wcs = geometry::SolarWcs::fromHeader(m_frame->header);
    m_view->setCircles(solarOverlays(*m_frame, m_wcs));
    const QString path = QString::fromStdString(m_frame->info.path);
    if (result.picture.isNull())
        m_status->setText(tr("%1   header only, no image").arg(path));
    else if (!m_scan->isRunning())
        m_status->setText(tr("%1   %2display range %3 .. %4")
                              .arg(path, result.original && result.original != result.frame ? tr("processed, ") : QString())
                              .arg(result.range.low, 0, 'g', 5)
                              .arg(result.range.high, 0, 'g', 5));
    refreshCompare();
    // The Processing tab starts from the file as read, whatever the Image tab shows.
    m_processing->setFrame(result.original ? result.original : m_frame, m_display->settings(), m_display->percentiles().x(), m_display->percentiles().y(),
                           m_display->maskOverlay());
    if (m_shownEntry >= 0 && !result.picture.isNull())
        m_detectorPanel->setFrame(m_frame->info.path, nearbyPaths());
    emit frameShown();
}

void MainWindow::refreshCompare()
{
    // Only while the compare tab is open: it costs two renders and a difference per frame.
    if (m_centreTabs->currentWidget() != m_compare || m_currentEntry < 0 || !m_frame)
        return;
    const auto it = std::find(m_sequence.begin(), m_sequence.end(), m_currentEntry);
    if (it == m_sequence.end() || it == m_sequence.begin()) {
        m_status->setText(tr("The first frame of a sequence has no previous frame to compare with."));
        return;
    }
    render::DisplaySettings display = m_display->settings();
    display.range = m_shownRange;
    m_comparePresenter->compare(entry(*it).info.path, entry(*(it - 1)).info.path, display);
}

std::vector<std::string> MainWindow::filesToProcess(int scope) const
{
    if (m_currentEntry < 0)
        return {};
    const CatalogEntry& current = entry(m_currentEntry);
    if (static_cast<PipelinePanel::Scope>(scope) == PipelinePanel::Scope::Frame)
        return {current.info.path};
    const auto dayOf = [](const CatalogEntry& e) { return e.info.time ? e.info.time->dayString() : std::string(); };
    const steps::Pipeline& pipeline = m_pipelinePanel->pipeline();
    std::vector<std::string> files;
    for (int k = 0; k < catalogFileCount(); ++k) {
        const CatalogEntry& e = entry(k);
        if (!e.ok || !e.hasPixels)
            continue;
        if (static_cast<PipelinePanel::Scope>(scope) == PipelinePanel::Scope::Day) {
            if (e.info.detector == current.info.detector && dayOf(e) == dayOf(current))
                files.push_back(e.info.path);
            continue;
        }
        // The whole catalog: the frames every enabled step is meant for.
        const bool fits = std::all_of(pipeline.steps.begin(), pipeline.steps.end(), [&](const steps::PipelineStep& s) {
            const steps::Step* step = steps::builtinSteps().find(s.id);
            return !s.enabled || (step && step->appliesTo(e.info));
        });
        if (fits)
            files.push_back(e.info.path);
    }
    return files;
}

} // namespace hb::app
