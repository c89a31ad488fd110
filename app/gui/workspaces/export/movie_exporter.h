#pragma once

#include "export/movie_export.h"
#include "job.h"

#include <QObject>
#include <QPointer>

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
    bool isRunning() const { return m_job.isRunning(); }
    void cancel() { m_job.cancel(); }
    void setInteractive(bool interactive) { m_interactive = interactive; }  // false: no message boxes

signals:
    // `problem` is empty on success; the report holds every frame's fate.
    void finished(const hb::exporting::MovieReport& report, const QString& problem);

private:
    void onFinished(const QString& problem);

    QWidget* m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    Job m_job;
    std::shared_ptr<exporting::MovieReport> m_report;  // filled by the running job
    bool m_interactive = true;
};

} // namespace hb::app
