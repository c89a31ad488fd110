#pragma once

#include "catalog/catalog_entry.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <mutex>
#include <vector>

namespace hb::app {

// Scans a folder on worker threads and hands the entries to the UI thread in batches, a few
// times a second, so the catalog fills in while the scan runs. One scan at a time: starting a
// new one cancels the old. A folder that cannot be listed arrives as one unreadable entry.
class BackgroundScan : public QObject {
    Q_OBJECT
public:
    explicit BackgroundScan(QObject* parent = nullptr);
    ~BackgroundScan() override;

    void start(const QString& folder);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void entriesArrived(std::vector<CatalogEntry> batch);
    void progress(int done, int total);  // total is 0 while the folder is being listed
    void finished(bool cancelled);

private:
    void deliver();
    void stop();

    QFutureWatcher<void> m_watcher;
    QTimer m_delivery;
    std::mutex m_mutex;
    std::vector<CatalogEntry> m_pending;  // guarded by m_mutex
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
};

} // namespace hb::app
