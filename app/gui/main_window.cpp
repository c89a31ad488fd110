#include "main_window.h"

#include "background_scan.h"
#include "catalog_model.h"
#include "catalog_panel.h"
#include "compare_view.h"
#include "workspaces/image/display_toolbar.h"
#include "workspaces/processing/preview_panel.h"
#include "workspaces/processing/processing_controller.h"
#include "session.h"
#include "steps/calibration_image_cache.h"
#include "workspaces/dock.h"
#include "workspaces/export/export_workspace.h"
#include "workspaces/image/image_workspace.h"
#include "workspaces/processing/processing_workspace.h"
#include "workspaces/review/review_workspace.h"
#include "workspaces/image/playback_controller.h"
#include "workspaces/image/sequence_panel.h"

#include <QAction>
#include <QCloseEvent>
#include <QMessageBox>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTime>
#include <QToolButton>

#include <algorithm>

namespace hb::app {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_catalog(new CatalogPanel(this))
    , m_scan(new BackgroundScan(this))
    , m_processing(new ProcessingWorkspace(this, m_session))
    , m_image(new ImageWorkspace(this, {.session = m_session,
                                        .pipeline = m_processing->pipelinePanel(),
                                        .showStatus = [this](const QString& text) { showStatus(text); },
                                        .showProblem = [this](const QString& text) { showProblem(text); },
                                        .quietStatus = [this] { return m_scan->isRunning(); },
                                        .beforeStep = [this] { m_reviewing->markShownReviewedBeforeStep(); }}))
    , m_reviewing(new ReviewWorkspace(this, {.session = m_session,
                                             .catalog = m_catalog,
                                             .sequencePanel = m_image->sequencePanel(),
                                             .view = m_image->view(),
                                             .frameOnScreen = [this] { return m_image->currentFrame(); },
                                             .asReadToShown = [this] { return m_image->asReadToShown(); },
                                             .showStatus = [this](const QString& text) { showStatus(text); },
                                             .showProblem = [this](const QString& text) { showProblem(text); }}))
    , m_export(new ExportWorkspace(this,
                                   {.session = m_session,
                                    .review = m_reviewing->review(),
                                    .pipeline = m_processing->pipelinePanel(),
                                    .display = m_image->display(),
                                    .showStatus = [this](const QString& text) { showStatus(text); }},
                                   this))
    , m_centreTabs(new QTabWidget(this))
    , m_readout(new QLabel(this))
    , m_problem(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelScan(new QToolButton(this))
{
    setWindowTitle(tr("HelioBench"));
    setObjectName(QStringLiteral("MainWindow"));
    buildCentre();
    addDock(this, tr("Catalog"), "CatalogDock", m_catalog, Qt::LeftDockWidgetArea);
    buildMenus();
    arrangeDocks();
    buildStatusBar();
    bindCatalog();

    connect(m_image, &ImageWorkspace::frameShown, this, [this](const FramePresenter::Result& result) {
        m_reviewing->onFrameShown(result);
        DisplayToolBar* display = m_image->display();
        m_processing->onFrameShown(result, display->settings(), display->percentiles(), display->maskOverlay());
        emit frameShown();
    });
    connect(m_image, &ImageWorkspace::sequenceChanged, m_reviewing, &ReviewWorkspace::refreshMarks);
    connect(m_image, &ImageWorkspace::frameFailed, m_reviewing, &ReviewWorkspace::onFrameFailed);
    connect(m_image, &ImageWorkspace::entryFollowed, m_catalog, &CatalogPanel::followEntry);

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
    // ~QWidget destroys the docks and panels after this object's members are gone, and they may
    // still signal (a detector preview cancelled on its way out): nothing may reach the window or
    // a workspace then, whose lambdas ask the window.
    const QList<QObject*> receivers{this, m_image, m_reviewing, m_processing, m_export, m_session};
    for (QObject* child : findChildren<QObject*>())
        for (QObject* receiver : receivers)
            disconnect(child, nullptr, receiver, nullptr);
    QSettings settings;
    if (m_catalogSteppedAside)
        findChild<QDockWidget*>(QStringLiteral("CatalogDock"))->show();  // saved as the scientist left it
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/centreTab"), m_centreTabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const QStringList unsaved = m_processing->pipelinePanel()->unsavedPipelines();
    if (!unsaved.isEmpty()) {
        QMessageBox ask(QMessageBox::Warning, tr("Quit HelioBench"),
                        tr("These pipelines were edited and not saved:\n%1\n\nQuit and lose the edits?").arg(unsaved.join(QLatin1Char('\n'))),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("unsavedPipelines"));
        ask.setInformativeText(tr("Cancel, then save them with \"Save pipeline as...\" in the Pipeline dock."));
        ask.setDefaultButton(QMessageBox::Cancel);
        if (ask.exec() != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::buildCentre()
{
    m_centreTabs->addTab(m_image->framePage(), tr("Frame"));
    m_centreTabs->addTab(m_image->compareView(), tr("Compare with previous frame"));
    m_centreTabs->addTab(m_processing->previewPanel(), tr("Processing"));
    setCentralWidget(m_centreTabs);
    connect(m_centreTabs, &QTabWidget::currentChanged, this, [this] {
        const bool tuning = m_centreTabs->currentWidget() == m_processing->previewPanel();
        m_image->setCompareShown(m_centreTabs->currentWidget() == m_image->compareView());
        m_processing->controller()->setPreviewShown(tuning);
        // Two panes side by side need the width: the catalog steps aside while a step is tuned
        // (the arrow keys still walk the sequence) and comes back after.
        auto* catalog = findChild<QDockWidget*>(QStringLiteral("CatalogDock"));
        if (tuning && catalog && catalog->isVisible() && !catalog->isFloating()) {
            catalog->hide();
            m_catalogSteppedAside = true;
        } else if (!tuning && m_catalogSteppedAside) {
            catalog->show();
            m_catalogSteppedAside = false;
        }
    });
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
    m_image->install(view, m_readout);
    m_processing->install();
    m_reviewing->install(menuBar()->addMenu(tr("&Review")));
    // Every dock can be brought back from here after it was closed.
    QMenu* docks = view->addMenu(tr("&Docks"));
    docks->setObjectName(QStringLiteral("docksMenu"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        docks->addAction(dock->toggleViewAction());
}

void MainWindow::arrangeDocks()
{
    const auto dock = [this](const char* name) { return findChild<QDockWidget*>(QLatin1String(name)); };
    // Header, pipeline, review and detectors share the tall slot above the histogram: one at a time.
    tabifyDockWidget(dock("HeaderDock"), dock("PipelineDock"));
    tabifyDockWidget(dock("PipelineDock"), dock("ReviewDock"));
    tabifyDockWidget(dock("ReviewDock"), dock("DetectorDock"));
    dock("PipelineDock")->raise();
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
    // A fixed width: a long readout never pushes the status text (and its errors) out of sight.
    m_readout->setFixedWidth(QFontMetrics(m_readout->font()).horizontalAdvance(QLatin1Char('0')) * 56);
    m_status->setMinimumWidth(200);
    m_problem->setObjectName(QStringLiteral("statusProblem"));
    m_problem->setAutoRaise(true);
    m_problem->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_problem->setStyleSheet(QStringLiteral("QToolButton { color: #b01818; }"));
    m_problem->setMaximumWidth(QFontMetrics(font()).horizontalAdvance(QLatin1Char('0')) * 60);
    m_problem->hide();
    connect(m_problem, &QToolButton::clicked, m_problem, &QToolButton::hide);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_problem);
    statusBar()->addPermanentWidget(m_readout);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelScan);
    m_status->setText(tr("Open a folder of FITS files to begin."));
}

void MainWindow::bindCatalog()
{
    connect(m_scan, &BackgroundScan::entriesArrived, this, [this](std::vector<CatalogEntry> batch) {
        // The session and the tree number entries alike: in the order the scan delivers them.
        m_session->addEntries(batch);
        m_catalog->append(std::move(batch));
    });
    connect(m_scan, &BackgroundScan::progress, this, &MainWindow::onScanProgress);
    connect(m_scan, &BackgroundScan::finished, this, &MainWindow::onScanFinished);
    connect(m_catalog, &CatalogPanel::frameChosen, this, [this](int chosen, const std::vector<int>& sequence, int position) {
        m_image->setSequence(sequence, position, false);
        m_image->showEntry(chosen);
    });
    connect(m_catalog, &CatalogPanel::sequenceChanged, this,
            [this](const std::vector<int>& sequence, int position) { m_image->setSequence(sequence, position, true); });
    connect(m_catalog, &CatalogPanel::unreadableChosen, m_image, &ImageWorkspace::showUnreadable);
}

void MainWindow::showProblem(const QString& text)
{
    // Its own place: the status line is overwritten by the next frame shown, a problem is not.
    const QString stamped = tr("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text);
    m_problem->setText(QFontMetrics(m_problem->font()).elidedText(stamped, Qt::ElideMiddle, m_problem->maximumWidth() - 40));
    m_problem->setToolTip(tr("%1\n(click to dismiss)").arg(stamped));
    m_problem->show();
    showStatus(text);
}

QString MainWindow::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->toolTip().section(QLatin1Char('\n'), 0, 0);
}

void MainWindow::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setToolTip(text);  // all of it, when the bar is too narrow
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_session->folder());
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::openFolder(const QString& folder, const QString& detector, bool play)
{
    m_detectorToShow = detector;
    m_playWhenShown = play;
    m_image->forgetProcessedFrames();
    steps::forgetCalibrationImages();
    m_session->open(folder);
    rememberRecentFolder(folder);
    m_catalog->clear();
    showStatus(tr("Scanning %1 ...").arg(folder));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelScan->setVisible(true);
    setWindowTitle(tr("HelioBench - %1").arg(folder));
    m_reviewing->openForFolder(folder);
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
    QString text = tr("%1: %n file(s)", nullptr, files).arg(m_session->folder());
    if (bad > 0)
        text += tr(", %n unreadable", nullptr, bad);
    if (cancelled)
        text += tr(" (scan stopped)");
    showStatus(text);
    showDetectorAsked();
    emit scanFinished();
}

void MainWindow::showDetectorAsked()
{
    if (m_detectorToShow.isEmpty())
        return;
    const std::string wanted = m_detectorToShow.toStdString();
    m_detectorToShow.clear();
    for (int k = 0; k < m_session->entryCount(); ++k) {
        const CatalogEntry& e = m_session->entry(k);
        if (e.ok && e.hasPixels && e.info.detector == wanted) {
            m_catalog->chooseEntry(k);
            if (m_playWhenShown)
                m_image->sequencePanel()->playback().play();
            return;
        }
    }
    showStatus(tr("%1: no frame of the detector %2").arg(m_session->folder(), QString::fromStdString(wanted)));
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

int MainWindow::catalogFileCount() const
{
    return m_session->entryCount();
}

const Frame* MainWindow::currentFrame() const
{
    return m_image->currentFrame();
}

FrameSequence MainWindow::sequenceOf(int entry, bool allDays) const
{
    return m_session->sequenceOf(entry, allDays);
}

int MainWindow::shownEntry() const
{
    return m_session->shownEntry();
}

PipelinePanel* MainWindow::pipelinePanel() const { return m_processing->pipelinePanel(); }
PreviewPanel* MainWindow::previewPanel() const { return m_processing->previewPanel(); }
ProcessingController* MainWindow::processing() const { return m_processing->controller(); }
ReviewSession* MainWindow::review() const { return m_reviewing->review(); }
ReviewPanel* MainWindow::reviewPanel() const { return m_reviewing->reviewPanel(); }
DetectorPanel* MainWindow::detectorPanel() const { return m_reviewing->detectorPanel(); }
SequencePanel* MainWindow::sequencePanel() const { return m_image->sequencePanel(); }
widgets::ImageView* MainWindow::frameView() const { return m_image->view(); }

} // namespace hb::app
