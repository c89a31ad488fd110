#pragma once

#include "run/run_context.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace hb::app {

// One piece of long work (a movie, backgrounds, a pipeline over files, a detector over a day)
// on a worker thread, with one progress channel and a cancel flag. QtCore only: whoever shows
// it (a progress dialog, a bar in a dock) listens to its signals. The work keeps its results in
// state it shares with its caller; what it throws becomes the `problem` of finished(), never an
// exception in the event loop.
class Job : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(const steps::RunContext& context)>;

    explicit Job(QObject* parent = nullptr);
    ~Job() override;  // cancels and waits

    // Starts `work`; false, starting nothing, while a run is going.
    bool start(Work work);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();

signals:
    void progressed(qint64 done, qint64 total, const QString& item);
    // `problem`: what the work threw (empty on success or cancel); `cancelled`: it stopped early.
    void finished(const QString& problem, bool cancelled);

private:
    struct Outcome {
        QString problem;
        bool cancelled = false;
    };
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace hb::app
