#include "detector_batch.h"

#include "steps/detect/detector_run.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace hb::app {

DetectorBatch::DetectorBatch(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Summary>::finished, this, [this] { emit finished(m_watcher.result()); });
}

DetectorBatch::~DetectorBatch()
{
    cancel();
    m_watcher.waitForFinished();
}

void DetectorBatch::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DetectorBatch::start(const steps::FrameStep& detector, const steps::ParamValues& params, std::vector<std::string> files,
                          int neighbours, review::FlagStore& store)
{
    if (m_watcher.isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const QPointer<DetectorBatch> self(this);
    m_watcher.setFuture(QtConcurrent::run([&detector, params, files = std::move(files), neighbours, &store, cancel = m_cancel, self] {
        QElapsedTimer clock;
        clock.start();
        Summary summary;
        const auto report = [&](const steps::DetectorResult& r, std::size_t done, std::size_t total) {
            ++summary.frames;
            if (!r.detection) {
                ++summary.failed;
                if (summary.firstProblem.isEmpty())
                    summary.firstProblem = QString::fromStdString(r.info.path + ": " + r.error);
            } else {
                try {
                    summary.proposed += steps::proposeFlag(store, r) ? 1 : 0;
                } catch (const std::exception& e) {
                    ++summary.failed;
                    if (summary.firstProblem.isEmpty())
                        summary.firstProblem = QString::fromStdString(e.what());
                }
            }
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self)
                    emit self->progress(static_cast<int>(done), static_cast<int>(total));
            }, Qt::QueuedConnection);
        };
        try {
            steps::runDetector(detector, params, files, neighbours, cancel.get(), report);
        } catch (const steps::Cancelled&) {
            summary.cancelled = true;
        } catch (const std::exception& e) {
            summary.firstProblem = QString::fromStdString(e.what());
        }
        summary.cancelled = summary.cancelled || cancel->load();
        summary.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        return summary;
    }));
}

} // namespace hb::app
