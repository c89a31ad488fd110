#pragma once

#include "job.h"
#include "kernel/step.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace hb::review {
class FlagStore;
}

namespace hb::app {

// Runs a detector over many files (a day) on a worker thread and stores every flagging verdict
// as a proposal in the review database as it comes, so a cancelled run keeps what it found.
class DetectorBatch : public QObject {
    Q_OBJECT
public:
    struct Summary {
        int frames = 0, proposed = 0, failed = 0;
        bool cancelled = false;
        double seconds = 0;
        QString firstProblem;  // file and reason of the first failure
    };

    explicit DetectorBatch(QObject* parent = nullptr);
    ~DetectorBatch() override;

    void start(const steps::FrameStep& detector, const steps::ParamValues& params, std::vector<std::string> files,
               int neighbours, review::FlagStore& store);
    void cancel() { m_job.cancel(); }
    bool isRunning() const { return m_job.isRunning(); }

signals:
    void progress(int done, int total);
    void finished(const hb::app::DetectorBatch::Summary& summary);

private:
    Job m_job;
    std::shared_ptr<Summary> m_summary;  // filled by the running job
    QElapsedTimer m_clock;
};

} // namespace hb::app
