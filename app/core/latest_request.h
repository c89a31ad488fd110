#pragma once

#include "run/run_context.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace hb::app {

// The one way previews run off the UI thread: one piece of work at a time; a request made while
// one runs waits, and a newer one takes its place (the newest is never dropped). Whether the
// running work is cancelled by the newer request is up to `supersedes` (always, by default):
// cancelled work delivers nothing, work that was let finish delivers its result, then the
// waiting request starts. Results arrive on the thread that owns `context`.
//
// `work` returns its own failures inside Result; it may throw steps::Cancelled when it sees
// `cancel`; any other exception is caught here and passed to `failed` (so none reaches the UI
// thread through the future).
template <class Request, class Result>
class LatestRequest {
public:
    using Work = std::function<Result(const Request&, const std::atomic<bool>& cancel)>;
    using Deliver = std::function<void(Result)>;
    using Failed = std::function<void(const Request&, const QString& problem)>;
    // The running request, the newer one and how long the running one has run.
    using Supersedes = std::function<bool(const Request& running, const Request& newer, qint64 runningMs)>;

    LatestRequest(QObject* context, Work work, Deliver deliver, Failed failed = {}, QThreadPool* pool = nullptr)
        : m_work(std::move(work))
        , m_deliver(std::move(deliver))
        , m_failed(std::move(failed))
        , m_pool(pool ? pool : QThreadPool::globalInstance())
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, context, [this] { onFinished(); });
    }
    ~LatestRequest()
    {
        m_waiting.reset();
        if (m_cancel)
            m_cancel->store(true);
        m_watcher.waitForFinished();
    }
    LatestRequest(const LatestRequest&) = delete;
    LatestRequest& operator=(const LatestRequest&) = delete;

    void setSupersedes(Supersedes supersedes) { m_supersedes = std::move(supersedes); }

    void request(Request request)
    {
        if (!m_running) {
            start(std::move(request));
            return;
        }
        if (!m_supersedes || m_supersedes(*m_running, request, m_clock.elapsed()))
            m_cancel->store(true);
        m_waiting = std::move(request);
    }

    bool busy() const noexcept { return m_running.has_value(); }
    // True while a newer request waits for the running one: a result delivered now is not the
    // last one asked for.
    bool newerWaiting() const noexcept { return m_waiting.has_value(); }

private:
    struct Outcome {
        std::optional<Result> result;
        QString problem;
    };

    void start(Request request)
    {
        m_cancel = std::make_shared<std::atomic<bool>>(false);
        m_running = std::move(request);
        m_clock.start();
        m_watcher.setFuture(QtConcurrent::run(m_pool, [work = m_work, request = *m_running, cancel = m_cancel]() {
            Outcome outcome;
            try {
                outcome.result = work(request, *cancel);
            } catch (const steps::Cancelled&) {
            } catch (const std::exception& e) {
                outcome.problem = QString::fromStdString(e.what());
            }
            return outcome;
        }));
    }

    void onFinished()
    {
        Outcome outcome = m_watcher.result();
        const Request finished = std::move(*m_running);
        m_running.reset();
        if (!m_cancel->load()) {
            if (outcome.result)
                m_deliver(std::move(*outcome.result));
            else if (!outcome.problem.isEmpty() && m_failed)
                m_failed(finished, outcome.problem);
            else if (!outcome.problem.isEmpty())
                qWarning() << "preview work failed:" << outcome.problem;
        }
        if (m_waiting) {
            Request next = std::move(*m_waiting);
            m_waiting.reset();
            start(std::move(next));
        }
    }

    Work m_work;
    Deliver m_deliver;
    Failed m_failed;
    QThreadPool* m_pool;
    Supersedes m_supersedes;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<Request> m_running;
    std::optional<Request> m_waiting;
    QElapsedTimer m_clock;
};

} // namespace hb::app
