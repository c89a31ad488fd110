#include "job.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace hb::app {

Job::Job(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        emit finished(outcome.problem, outcome.cancelled);
    });
}

Job::~Job()
{
    cancel();
    m_watcher.waitForFinished();
}

void Job::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool Job::start(Work work)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    steps::RunContext context;
    context.cancel = m_cancel.get();
    // Reported through this object's thread; a job destroyed meanwhile drops what is still queued.
    context.progress = [self = QPointer<Job>(this)](const steps::Progress& p) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done = static_cast<qint64>(p.done), total = static_cast<qint64>(p.total),
             item = QString::fromStdString(p.item)] {
                if (self)
                    emit self->progressed(done, total, item);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), context, cancel = m_cancel]() {
        Outcome outcome;
        try {
            work(context);
        } catch (const steps::Cancelled&) {
            outcome.cancelled = true;
        } catch (const std::exception& e) {
            outcome.problem = QString::fromStdString(e.what());
        }
        outcome.cancelled = outcome.cancelled || cancel->load();
        return outcome;
    }));
    return true;
}

} // namespace hb::app
