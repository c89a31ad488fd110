#include "workspaces/review/detector_batch.h"

#include "steps/detect/detector_run.h"


namespace hb::app {

DetectorBatch::DetectorBatch(QObject* parent)
    : QObject(parent)
{
    connect(&m_job, &Job::progressed, this,
            [this](qint64 done, qint64 total) { emit progress(static_cast<int>(done), static_cast<int>(total)); });
    connect(&m_job, &Job::finished, this, [this](const QString& problem, bool cancelled) {
        Summary summary = *m_summary;
        summary.cancelled = cancelled;
        if (!problem.isEmpty())
            summary.firstProblem = problem;
        summary.seconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
        emit finished(summary);
    });
}

DetectorBatch::~DetectorBatch() = default;

void DetectorBatch::start(const steps::FrameStep& detector, const steps::ParamValues& params, std::vector<std::string> files,
                          int neighbours, review::FlagStore& store)
{
    if (m_job.isRunning())
        return;
    auto summary = std::make_shared<Summary>();
    m_clock.start();
    m_job.start([&detector, params, files = std::move(files), neighbours, &store, summary](const steps::RunContext& context) {
        const auto report = [&](const steps::DetectorResult& r, std::size_t done, std::size_t total) {
            ++summary->frames;
            if (!r.detection) {
                ++summary->failed;
                if (summary->firstProblem.isEmpty())
                    summary->firstProblem = QString::fromStdString(r.info.path + ": " + r.error);
            } else {
                try {
                    summary->proposed += steps::proposeFlag(store, r) ? 1 : 0;
                } catch (const std::exception& e) {  // a database that fails one proposal fails that frame
                    ++summary->failed;
                    if (summary->firstProblem.isEmpty())
                        summary->firstProblem = QString::fromStdString(e.what());
                }
            }
            context.report(done, total, r.info.path);
        };
        steps::runDetector(detector, params, files, neighbours, context.cancel, report);
    });
    m_summary = std::move(summary);
}

} // namespace hb::app
