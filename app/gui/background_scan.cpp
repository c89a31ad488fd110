#include "background_scan.h"

#include "catalog/file_discovery.h"
#include "catalog/folder_scanner.h"
#include "core/error.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hb::app {

namespace {
// Often enough that the first frame shows at once and the count moves smoothly; seldom enough
// that the tree is not re-filtered for every file of a fast scan.
constexpr int kDeliveryIntervalMs = 100;
} // namespace

BackgroundScan::BackgroundScan(QObject* parent)
    : QObject(parent)
{
    m_delivery.setInterval(kDeliveryIntervalMs);
    connect(&m_delivery, &QTimer::timeout, this, &BackgroundScan::deliver);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_delivery.stop();
        deliver();
        emit finished(m_cancel.load());
    });
}

BackgroundScan::~BackgroundScan()
{
    stop();
}

void BackgroundScan::stop()
{
    m_cancel = true;
    // Workers look at the flag after every file, so this waits for at most one header per thread.
    m_watcher.waitForFinished();
}

void BackgroundScan::cancel()
{
    m_cancel = true;
}

void BackgroundScan::start(const QString& folder)
{
    // setFuture() below drops the old scan's pending "finished": it is not this scan's end.
    stop();
    m_delivery.stop();
    {
        const std::lock_guard lock(m_mutex);
        m_pending.clear();
    }
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    const std::string root = folder.toStdString();
    m_watcher.setFuture(QtConcurrent::run([this, root] {
        std::vector<std::string> files;
        try {
            files = discoverInputFiles(root);
        } catch (const Error& e) {
            CatalogEntry failed;
            failed.info.path = root;
            failed.error = e.problem();
            const std::lock_guard lock(m_mutex);
            m_pending.push_back(std::move(failed));
            return;
        }
        m_total = static_cast<int>(files.size());
        ScanOptions options;
        options.cancel = &m_cancel;
        options.onEntry = [this](const CatalogEntry& entry, std::size_t, std::size_t) {
            const std::lock_guard lock(m_mutex);
            m_pending.push_back(entry);
            ++m_done;
        };
        scanFiles(files, options);
    }));
    m_delivery.start();
}

void BackgroundScan::deliver()
{
    std::vector<CatalogEntry> batch;
    {
        const std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
    }
    emit progress(m_done.load(), m_total.load());
    if (!batch.empty())
        emit entriesArrived(std::move(batch));
}

} // namespace hb::app
