#pragma once

#include "run/batch_runner.h"

#include "job.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace hb::app {

// Runs a pipeline over files on worker threads (steps::runBatch) with a progress dialog that
// can cancel, then reports what was written, kept, rejected and failed. Outputs that already
// exist are kept, and the scientist is asked whether to replace them. The UI stays live.
class PipelineApplier : public QObject {
    Q_OBJECT
public:
    explicit PipelineApplier(QWidget* dialogParent, QObject* parent = nullptr);
    ~PipelineApplier() override;

    // Asks for the output folder (remembered), then starts. False when the scientist cancels.
    bool chooseFolderAndStart(const steps::Pipeline& pipeline, std::vector<std::string> inputs, const QString& what);
    void start(const steps::Pipeline& pipeline, std::vector<std::string> inputs, const QString& outDir, bool overwrite);
    bool isRunning() const { return m_job.isRunning(); }
    void cancel() { m_job.cancel(); }
    // false in tests and scripted runs: no question or summary boxes, only the signal.
    void setInteractive(bool interactive) { m_interactive = interactive; }

signals:
    void finished(const hb::steps::BatchSummary& summary);

private:
    void onFinished(const QString& problem);
    void showSummary(const steps::BatchSummary& summary);

    QWidget* m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    Job m_job;
    std::shared_ptr<steps::BatchSummary> m_summary;  // filled by the running job
    steps::Pipeline m_pipeline;
    QString m_outDir;
    bool m_interactive = true;
};

} // namespace hb::app
