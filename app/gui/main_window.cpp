#include "main_window.h"

#include "catalog/catalog_grouping.h"
#include "catalog/file_discovery.h"
#include "catalog/folder_scanner.h"
#include "core/error.h"
#include "geometry/solar_wcs.h"
#include "catalog_panel.h"
#include "header_view.h"
#include "compare_presenter.h"
#include "compare_view.h"
#include "histogram_view.h"
#include "instrument_display_defaults.h"
#include "image_view.h"
#include "render/colormap.h"
#include "sequence_panel.h"

#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <functional>

namespace hb::app {

namespace {
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(new CatalogPanel(this))
    , m_view(new widgets::ImageView(this))
    , m_headerView(new widgets::HeaderView(this))
    , m_histogram(new widgets::HistogramView(this))
    , m_compare(new widgets::CompareView(this))
    , m_centreTabs(new QTabWidget(this))
    , m_colormap(new QComboBox(this))
    , m_stretch(new QComboBox(this))
    , m_limits(new QComboBox(this))
    , m_readout(new QLabel(this))
    , m_sequencePanel(new SequencePanel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("HelioBench"));
    setObjectName(QStringLiteral("MainWindow"));
    auto* catalogDock = new QDockWidget(tr("Catalog"), this);
    catalogDock->setObjectName(QStringLiteral("CatalogDock"));
    m_view->setObjectName(QStringLiteral("frameView"));
    catalogDock->setWidget(m_catalog);
    addDockWidget(Qt::LeftDockWidgetArea, catalogDock);
    auto* headerDock = new QDockWidget(tr("Header"), this);
    headerDock->setObjectName(QStringLiteral("HeaderDock"));
    headerDock->setWidget(m_headerView);
    addDockWidget(Qt::RightDockWidgetArea, headerDock);
    auto* histogramDock = new QDockWidget(tr("Histogram"), this);
    histogramDock->setObjectName(QStringLiteral("HistogramDock"));
    histogramDock->setWidget(m_histogram);
    addDockWidget(Qt::RightDockWidgetArea, histogramDock);
    connect(m_histogram, &widgets::HistogramView::limitsChanged, this, [this](double low, double high) {
        m_manualRange = render::DisplayRange{low, high};
        presentCurrent();
    });
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_sequencePanel);
    // Here, not in the initialiser list: m_presenter is declared later and must exist first.
    m_comparePresenter = std::make_unique<ComparePresenter>(m_presenter.cache());
    m_centreTabs->addTab(centre, tr("Frame"));
    m_centreTabs->addTab(m_compare, tr("Compare with previous frame"));
    setCentralWidget(m_centreTabs);
    connect(m_centreTabs, &QTabWidget::currentChanged, this, &MainWindow::refreshCompare);
    connect(m_comparePresenter.get(), &ComparePresenter::compared, m_compare, &widgets::CompareView::setPictures);
    connect(m_comparePresenter.get(), &ComparePresenter::failed, m_status, &QLabel::setText);
    PlaybackController& playback = m_sequencePanel->playback();
    connect(m_sequencePanel, &SequencePanel::positionChanged, this, &MainWindow::showSequencePosition);
    connect(&playback, &PlaybackController::playingChanged, this, [this](bool playing) {
        m_playRange.reset();
        if (!playing)
            presentCurrent();  // back to the frame's own range
    });
    const std::pair<QKeySequence, void (PlaybackController::*)()> keys[] = {
        {Qt::Key_Left, &PlaybackController::previous}, {Qt::Key_Right, &PlaybackController::next},
        {Qt::Key_Home, &PlaybackController::first},   {Qt::Key_End, &PlaybackController::last},
        {Qt::Key_Space, &PlaybackController::togglePlay}};
    for (const auto& [key, slot] : keys) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, &playback, slot);
        addAction(action);
    }

    QToolBar* display = addToolBar(tr("Display"));
    display->setObjectName(QStringLiteral("DisplayToolBar"));
    for (auto name : render::colormapNames())
        m_colormap->addItem(QString::fromLatin1(name.data(), static_cast<int>(name.size())));
    for (auto stretch : {render::Stretch::Linear, render::Stretch::Sqrt, render::Stretch::Log, render::Stretch::Asinh,
                         render::Stretch::HistogramEqualization})
        m_stretch->addItem(QString::fromLatin1(render::stretchName(stretch).data()), static_cast<int>(stretch));
    display->addWidget(new QLabel(tr("Colour map "), this));
    display->addWidget(m_colormap);
    display->addWidget(new QLabel(tr("  Stretch "), this));
    display->addWidget(m_stretch);
    display->addSeparator();
    // Limits from percentiles of each frame; dragging them in the histogram fixes them by hand.
    m_limits->addItem(tr("1 - 99.5 %"), QPointF(1.0, 99.5));
    m_limits->addItem(tr("0.1 - 99.9 %"), QPointF(0.1, 99.9));
    m_limits->addItem(tr("5 - 95 %"), QPointF(5.0, 95.0));
    m_limits->addItem(tr("min - max"), QPointF(0.0, 100.0));
    display->addWidget(new QLabel(tr("  Limits "), this));
    display->addWidget(m_limits);
    connect(m_limits, &QComboBox::activated, this, [this] {
        m_manualRange.reset();
        presentCurrent();
    });
    m_maskOverlay = display->addAction(tr("Mask"));
    m_maskOverlay->setCheckable(true);
    m_maskOverlay->setToolTip(tr("Tint masked pixels: missing, saturated, cosmic rays, bad pixels, marked by hand"));
    connect(m_maskOverlay, &QAction::toggled, this, &MainWindow::presentCurrent);
    display->addAction(tr("Auto limits"), this, [this] {
        m_manualRange.reset();
        presentCurrent();
    });
    display->addAction(tr("Fit"), m_view, &widgets::ImageView::zoomToFit);
    display->addAction(tr("1:1"), m_view, [this] { m_view->setZoom(1.0); });
    auto remember = [this] {
        if (m_frame && m_frame->info.detector) {
            QSettings settings;
            const QString key = QStringLiteral("display/%1/").arg(QString::fromStdString(*m_frame->info.detector));
            settings.setValue(key + QStringLiteral("colormap"), m_colormap->currentText());
            settings.setValue(key + QStringLiteral("stretch"), m_stretch->currentData());
        }
        presentCurrent();
    };
    connect(m_colormap, &QComboBox::activated, this, remember);
    connect(m_stretch, &QComboBox::activated, this, remember);
    connect(&m_presenter, &FramePresenter::presented, this, &MainWindow::onPresented);
    connect(&m_presenter, &FramePresenter::failed, this, [this](const QString& path, const QString& problem) {
        m_status->setText(tr("%1: %2").arg(path, problem));
    });
    connect(m_view, &widgets::ImageView::hovered, this, &MainWindow::showReadout);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Folder..."), this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setFont(QFont(QStringLiteral("monospace")));
    statusBar()->addPermanentWidget(m_readout);
    statusBar()->addPermanentWidget(m_progress);
    m_status->setText(tr("Open a folder of FITS files to begin."));

    connect(&m_scan, &QFutureWatcher<std::vector<CatalogEntry>>::finished, this, &MainWindow::onScanFinished);
    connect(m_catalog, &CatalogPanel::frameChosen, this, [this](int entry, const std::vector<int>& sequence, int position) {
        m_sequence = sequence;
        std::vector<std::int64_t> times;
        for (int index : sequence) {
            const auto& t = m_entries[static_cast<std::size_t>(index)].info.time;
            times.push_back(t ? t->nanoseconds : (times.empty() ? 0 : times.back() + 1));
        }
        m_sequencePanel->setTimes(std::move(times), position);
        showEntry(entry);
    });
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1200, 760);
}

MainWindow::~MainWindow()
{
    cancelScan();
    m_scan.waitForFinished();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_folder);
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::cancelScan()
{
    m_cancel = true;
}

void MainWindow::openFolder(const QString& folder)
{
    cancelScan();
    m_scan.waitForFinished();
    m_cancel = false;
    m_folder = folder;
    rememberRecentFolder(folder);
    m_catalog->clear();
    m_entries.clear();
    m_status->setText(tr("Scanning %1 ...").arg(folder));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    const std::string root = folder.toStdString();
    m_scan.setFuture(QtConcurrent::run([root, cancel = &m_cancel]() -> std::vector<CatalogEntry> {
        try {
            ScanOptions options;
            options.cancel = cancel;
            return scanFiles(discoverInputFiles(root), options);
        } catch (const Error& e) {
            CatalogEntry failed;
            failed.info.path = root;
            failed.error = e.problem();
            return {failed};
        }
    }));
}

void MainWindow::onScanFinished()
{
    m_progress->setVisible(false);
    m_entries = m_scan.result();
    m_catalog->setEntries(&m_entries);
    std::size_t bad = 0;
    for (const CatalogEntry& e : m_entries)
        bad += e.ok ? 0 : 1;
    m_status->setText(tr("%1: %n file(s)", nullptr, static_cast<int>(m_entries.size())).arg(m_folder)
                      + (bad ? tr(", %n unreadable", nullptr, static_cast<int>(bad)) : QString()));
    setWindowTitle(tr("HelioBench - %1").arg(m_folder));
    emit scanFinished();
}

void MainWindow::showEntry(int index)
{
    if (index < 0 || index >= static_cast<int>(m_entries.size()))
        return;
    const CatalogEntry& entry = m_entries[static_cast<std::size_t>(index)];
    if (!entry.ok) {
        m_status->setText(tr("%1: %2").arg(QString::fromStdString(entry.info.path), QString::fromStdString(entry.error)));
        return;
    }
    m_currentEntry = index;
    loadDisplaySettings(entry.info.detector.value_or(""));
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
    m_currentEntry = m_sequence[static_cast<std::size_t>(position)];
    presentCurrent();
    // Decode what playback needs next while this frame is on screen.
    std::vector<std::string> upcoming;
    for (int k = 1; k <= 8 && position + k < static_cast<int>(m_sequence.size()); ++k)
        upcoming.push_back(m_entries[static_cast<std::size_t>(m_sequence[static_cast<std::size_t>(position + k)])].info.path);
    m_presenter.prefetch(std::move(upcoming));
}

void MainWindow::loadDisplaySettings(const std::string& detector)
{
    QSettings settings;
    const QString key = QStringLiteral("display/%1/").arg(QString::fromStdString(detector));
    m_colormap->setCurrentText(settings.value(key + QStringLiteral("colormap"), defaultColormap(detector)).toString());
    const int stretch = settings.value(key + QStringLiteral("stretch"), static_cast<int>(render::Stretch::Asinh)).toInt();
    m_stretch->setCurrentIndex(std::max(0, m_stretch->findData(stretch)));
}

void MainWindow::presentCurrent()
{
    if (m_currentEntry < 0)
        return;
    FramePresenter::Request request;
    request.path = m_entries[static_cast<std::size_t>(m_currentEntry)].info.path;
    request.display.colormap = m_colormap->currentText().toStdString();
    request.display.stretch = static_cast<render::Stretch>(m_stretch->currentData().toInt());
    const QPointF percentiles = m_limits->currentData().toPointF();
    request.lowPercent = percentiles.x();
    request.highPercent = percentiles.y();
    request.maskOverlay = m_maskOverlay->isChecked();
    if (const auto& fixed = m_manualRange ? m_manualRange : m_playRange) {
        request.autoRange = false;
        request.display.range = *fixed;
    }
    m_presenter.present(std::move(request));
}

void MainWindow::onPresented(const FramePresenter::Result& result)
{
    m_frame = result.frame;
    if (m_sequencePanel->playback().isPlaying() && !m_playRange && !result.picture.isNull())
        m_playRange = result.range;
    m_view->setPicture(result.picture);
    m_headerView->setHeader(m_frame->header);
    if (!result.picture.isNull()) {
        m_shownRange = result.range;
        m_histogram->setHistogram(result.histogram);
        m_histogram->setLimits(result.range.low, result.range.high);
    }
    QList<widgets::ImageView::Circle> circles;
    m_wcs = geometry::SolarWcs::fromHeader(m_frame->header);
    if (const auto& wcs = m_wcs) {
        double cx = 0, cy = 0;
        wcs->skyToPixel(0.0, 0.0, cx, cy);
        circles.append({QPointF(cx, cy), wcs->rsunPixels(), QColor(255, 255, 255, 160)});
        if (const double occ = occulterRsun(m_frame->info.detector.value_or("")); occ > 0)
            circles.append({QPointF(cx, cy), occ * wcs->rsunPixels(), QColor(255, 200, 0, 160)});
    }
    m_view->setCircles(circles);
    if (result.picture.isNull())
        m_status->setText(tr("%1   header only, no image").arg(QString::fromStdString(m_frame->info.path)));
    else
        m_status->setText(tr("%1   display range %2 .. %3")
                              .arg(QString::fromStdString(m_frame->info.path))
                              .arg(result.range.low, 0, 'g', 5)
                              .arg(result.range.high, 0, 'g', 5));
    refreshCompare();
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
    render::DisplaySettings display;
    display.colormap = m_colormap->currentText().toStdString();
    display.stretch = static_cast<render::Stretch>(m_stretch->currentData().toInt());
    display.range = m_shownRange;
    m_comparePresenter->compare(m_entries[static_cast<std::size_t>(*it)].info.path,
                                m_entries[static_cast<std::size_t>(*(it - 1))].info.path, display);
}

void MainWindow::showReadout(double x, double y)
{
    if (!m_frame)
        return;
    const Image& image = m_frame->image;
    const int ix = static_cast<int>(std::lround(x)), iy = static_cast<int>(std::lround(y));
    if (ix < 0 || iy < 0 || ix >= image.width() || iy >= image.height()) {
        m_readout->clear();
        return;
    }
    QString text = tr("x %1  y %2  value %3").arg(ix, 4).arg(iy, 4).arg(static_cast<double>(image.at(ix, iy)), 10, 'g', 6);
    if (const MaskBits mask = image.maskAt(ix, iy); mask != 0) {
        QStringList names;
        for (MaskBit b : kAllMaskBits)
            if (mask & bits(b))
                names << QString::fromLatin1(maskBitName(b).data());
        text += QStringLiteral("  [") + names.join(QLatin1Char(',')) + QStringLiteral("]");
    }
    if (m_wcs) {
        const auto p = m_wcs->pixelToSky(x, y);
        text += tr("  Tx %1\"  Ty %2\"  r %3 Rsun").arg(p.txArcsec, 8, 'f', 1).arg(p.tyArcsec, 8, 'f', 1).arg(p.rhoRsun, 5, 'f', 2);
    }
    m_readout->setText(text);
}

} // namespace hb::app
