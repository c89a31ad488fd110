#pragma once

#include "export/movie_export.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace hb::app {

// Makes a movie on worker threads (exporting::exportMovie) behind a progress dialog that can
// cancel, then says what went in and what was left out. Failures are reported, never thrown
// into the event loop.
class MovieExporter : public QObject {
    Q_OBJECT
public:
    explicit MovieExporter(QWidget* dialogParent, QObject* parent = nullptr);
    ~MovieExporter() override;

    void start(const steps::Pipeline& pipeline, FrameSequence sequence, exporting::MovieOptions options);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    void setInteractive(bool interactive) { m_interactive = interactive; }  // false: no message boxes

signals:
    // `problem` is empty on success; the report holds every frame's fate.
    void finished(const hb::exporting::MovieReport& report, const QString& problem);

private:
    struct Outcome {
        exporting::MovieReport report;
        QString problem;
    };
    void onFinished();

    QWidget* m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_interactive = true;
};

} // namespace hb::app
