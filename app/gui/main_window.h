#pragma once

#include "catalog/catalog_entry.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <vector>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace hb::widgets {
class HeaderView;
}

namespace hb::app {

// The workbench window. It composes docks and actions only; reading, identifying and grouping
// happen in processing/ on worker threads.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString& folder);
    bool isScanning() const;
    int catalogFileCount() const { return static_cast<int>(m_entries.size()); }

signals:
    void scanFinished();

private:
    void chooseFolder();
    void onScanFinished();
    void showEntry(int index);
    void cancelScan();

    QTreeWidget* m_catalog;
    widgets::HeaderView* m_headerView;
    QLabel* m_status;
    QProgressBar* m_progress;
    QFutureWatcher<std::vector<CatalogEntry>> m_scan;
    std::atomic<bool> m_cancel{false};
    std::vector<CatalogEntry> m_entries;
    QString m_folder;
};

} // namespace hb::app
