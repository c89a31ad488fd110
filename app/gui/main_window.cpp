#include "main_window.h"

#include "catalog/catalog_grouping.h"
#include "catalog/file_discovery.h"
#include "catalog/folder_scanner.h"
#include "core/error.h"
#include "header_view.h"
#include "io/file_reader.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace hb::app {

namespace {
constexpr int kEntryRole = Qt::UserRole + 1;

void addGroup(QTreeWidgetItem* parent, const CatalogGroup& group, const std::vector<CatalogEntry>& entries)
{
    // SOHO the mission and SOHO the spacecraft: one node, not two.
    if (group.children.size() == 1 && group.children.front().label == group.label) {
        addGroup(parent, group.children.front(), entries);
        return;
    }
    auto* item = new QTreeWidgetItem(parent, {QString::fromStdString(group.label), QString::number(group.fileCount)});
    item->setData(0, kEntryRole, -1);
    for (const CatalogGroup& child : group.children)
        addGroup(item, child, entries);
    for (std::size_t index : group.entries) {
        const CatalogEntry& e = entries[index];
        const QString name = QString::fromStdString(std::filesystem::path(e.info.path).filename().string());
        const QString time = e.info.time ? QString::fromStdString(e.info.time->toIso(0).substr(11)) + QStringLiteral("  ") : QString();
        auto* leaf = new QTreeWidgetItem(item, {time + name});
        leaf->setData(0, kEntryRole, static_cast<int>(index));
        if (!e.ok)
            leaf->setToolTip(0, QString::fromStdString(e.error));
    }
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(new QTreeWidget(this))
    , m_headerView(new widgets::HeaderView(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("HelioBench"));
    setObjectName(QStringLiteral("MainWindow"));
    m_catalog->setHeaderLabels({tr("Observations"), tr("Files")});
    m_catalog->setColumnWidth(0, 250);
    m_catalog->setColumnWidth(1, 60);
    m_catalog->setMinimumWidth(340);
    auto* catalogDock = new QDockWidget(tr("Catalog"), this);
    catalogDock->setObjectName(QStringLiteral("CatalogDock"));
    catalogDock->setWidget(m_catalog);
    addDockWidget(Qt::LeftDockWidgetArea, catalogDock);
    setCentralWidget(m_headerView);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Folder..."), this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_status->setText(tr("Open a folder of FITS files to begin."));

    connect(&m_scan, &QFutureWatcher<std::vector<CatalogEntry>>::finished, this, &MainWindow::onScanFinished);
    connect(m_catalog, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            showEntry(item->data(0, kEntryRole).toInt());
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

bool MainWindow::isScanning() const
{
    return m_scan.isRunning();
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
    const CatalogGroup root = groupEntries(m_entries);
    for (const CatalogGroup& group : root.children)
        addGroup(m_catalog->invisibleRootItem(), group, m_entries);
    m_catalog->expandToDepth(2);
    // Show something at once: the first frame of the first group.
    QTreeWidgetItem* first = m_catalog->topLevelItemCount() > 0 ? m_catalog->topLevelItem(0) : nullptr;
    while (first && first->childCount() > 0)
        first = first->child(0);
    if (first)
        m_catalog->setCurrentItem(first);
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
    try {
        m_headerView->setHeader(io::readFileHeader(entry.info.path).header);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Cannot read file"), QString::fromStdString(e.what()));
    }
}

} // namespace hb::app
