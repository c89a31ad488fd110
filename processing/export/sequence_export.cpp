#include "export/sequence_export.h"

#include "core/csv_field.h"
#include "core/error.h"
#include "core/worker_threads.h"
#include "io/atomic_output.h"
#include "kernel/step.h"
#include "run/sequence_engine.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <mutex>

namespace hb::exporting {

namespace fs = std::filesystem;
using Status = FrameRecord::Status;

std::string_view frameStatusName(Status status) noexcept
{
    switch (status) {
    case Status::Included: return "included";
    case Status::Flagged: return "flagged";
    case Status::Skipped: return "skipped";
    case Status::Rejected: return "rejected";
    case Status::Failed: return "failed";
    case Status::Cancelled: return "cancelled";
    }
    return "failed";
}

std::size_t ExportReport::count(Status status) const
{
    return static_cast<std::size_t>(std::count_if(frames.begin(), frames.end(), [&](const auto& f) { return f.status == status; }));
}

std::vector<std::size_t> evenSample(std::size_t count, std::size_t wanted)
{
    std::vector<std::size_t> picks;
    for (std::size_t k = 0; k < std::min(count, wanted); ++k)
        picks.push_back(count <= wanted || wanted == 1 ? k : k * (count - 1) / (wanted - 1));
    return picks;
}

namespace {

// One frame through the pipeline and every sink's preparation, on a worker thread.
struct Prepared {
    std::vector<std::unique_ptr<SinkPiece>> pieces;  // one per sink
    Status status = Status::Included;
    std::string reason;
};

std::string firstFailure(const ExportReport& report)
{
    for (const auto& r : report.frames)
        if (r.status == Status::Rejected || r.status == Status::Failed)
            return fs::path(r.path).filename().string() + ": " + r.reason;
    return "none";
}

} // namespace

ExportReport exportSequence(const steps::Pipeline& pipeline, const FrameSequence& sequence, const steps::StepRegistry& registry,
                            const ExportOptions& options, const std::vector<SequenceSink*>& sinks, const steps::RunContext& run)
{
    ExportReport report;
    // Who is in: everything not flagged and not taken out by hand.
    std::vector<std::string> kept;
    std::vector<std::size_t> positionOfKept;
    for (const CatalogEntry& entry : sequence.frames) {
        FrameRecord record;
        record.path = entry.info.path;
        record.time = entry.info.time ? entry.info.time->toIso(3) : std::string();
        if (options.skipped.count(entry.info.path)) {
            record.status = Status::Skipped;
            record.reason = "left out by the user";
        } else if (const auto why = options.flagged ? options.flagged(entry.info.path) : std::nullopt) {
            record.status = Status::Flagged;
            record.reason = *why;
        } else {
            positionOfKept.push_back(report.frames.size());
            kept.push_back(entry.info.path);
        }
        report.frames.push_back(std::move(record));
    }
    if (kept.empty())
        throw Error({}, "no frame to export: all " + std::to_string(sequence.frames.size()) + " frames of " + sequence.label +
                            " are flagged or left out");
    // Refused before any work, not after an hour of processing.
    for (const SequenceSink* sink : sinks)
        sink->checkOutput();
    if (!options.frameListPath.empty() && !options.overwrite && fs::exists(options.frameListPath))
        throw Error(options.frameListPath, "exists already; choose another name or allow overwriting");

    // Without steps that look at neighbours each frame is made once: a cache would only hold
    // frames no one asks for again, and fresh memory for each costs page faults.
    steps::SequenceEngine engine(kept, registry, steps::needsSequence(pipeline, registry) ? options.cacheBytes : 0);
    const unsigned threads = workerThreads(options.threads, kept.size());

    // Frames made for the sample are kept until their turn, as the engine may not keep them.
    std::mutex earlyMutex;
    std::map<std::size_t, std::shared_ptr<const Frame>> early;
    if (std::any_of(sinks.begin(), sinks.end(), [](const SequenceSink* s) { return s->wantsSample(); })) {
        const std::vector<std::size_t> picks = evenSample(kept.size(), options.sampleFrames);
        std::vector<std::shared_ptr<const Frame>> sampled(picks.size());
        std::vector<std::future<void>> jobs;
        for (std::size_t s = 0; s < picks.size(); ++s)
            jobs.push_back(std::async(std::launch::async, [&, s] {
                try {
                    sampled[s] = engine.result(pipeline, picks[s], run.cancel);
                } catch (const Error&) {
                    // Reported when the frame's turn comes.
                }
            }));
        for (auto& job : jobs)
            job.get();
        std::vector<const Frame*> sample;
        for (const auto& frame : sampled)
            sample.push_back(frame.get());
        for (SequenceSink* sink : sinks)
            if (sink->wantsSample())
                sink->begin(sample, sequence);
        for (std::size_t s = 0; s < picks.size(); ++s)
            if (sampled[s])
                early[picks[s]] = std::move(sampled[s]);
    }
    const auto frameAt = [&](std::size_t k) {
        {
            const std::lock_guard lock(earlyMutex);
            if (const auto found = early.find(k); found != early.end()) {
                auto frame = std::move(found->second);
                early.erase(found);
                return frame;
            }
        }
        return engine.result(pipeline, k, run.cancel);
    };
    const auto prepareOne = [&](std::size_t k) {
        Prepared out;
        try {
            const auto frame = frameAt(k);
            for (const SequenceSink* sink : sinks)
                out.pieces.push_back(sink->prepare(*frame, positionOfKept[k]));
        } catch (const steps::Cancelled&) {
            out.status = Status::Cancelled;
        } catch (const steps::FrameRejected& e) {
            out.status = Status::Rejected;
            out.reason = e.problem();
        } catch (const Error& e) {
            out.status = Status::Failed;
            out.reason = e.file() == kept[k] || e.file().empty() ? e.problem() : e.file() + ": " + e.problem();
        }
        return out;
    };

    // Frames are made ahead on worker threads and handed to the sinks strictly in order.
    std::deque<std::future<Prepared>> ahead;
    std::size_t next = 0;
    for (std::size_t k = 0; k < kept.size(); ++k) {
        while (next < kept.size() && ahead.size() < threads + 1)
            ahead.push_back(std::async(std::launch::async, prepareOne, next++));
        Prepared prepared = ahead.front().get();
        ahead.pop_front();
        FrameRecord& record = report.frames[positionOfKept[k]];
        record.status = prepared.status;
        record.reason = prepared.reason;
        if (run.cancelled() || prepared.status == Status::Cancelled) {
            report.cancelled = true;
            break;
        }
        if (prepared.status == Status::Included)
            for (std::size_t s = 0; s < sinks.size(); ++s)
                sinks[s]->add(std::move(prepared.pieces[s]), record);
        run.report(k + 1, kept.size(), record.path);
    }
    for (auto& job : ahead)
        job.wait();
    if (report.cancelled) {
        for (FrameRecord& record : report.frames)
            if (record.status == Status::Included) {
                record.status = Status::Cancelled;
                record.movieFrame = -1;
            }
        return report;
    }
    if (report.count(Status::Included) == 0)
        throw Error({}, "no frame to export: every frame of " + sequence.label + " was rejected or failed (first: " +
                            firstFailure(report) + ")");
    for (SequenceSink* sink : sinks)
        sink->finish();
    if (!options.frameListPath.empty())
        writeFrameList(report, options.frameListPath, options.overwrite);
    return report;
}

void writeFrameList(const ExportReport& report, const std::string& path, bool overwrite)
{
    io::AtomicOutput output(path, overwrite);
    {
        std::ofstream out(output.tempPath());
        out << "file,time,status,reason,movie_frame,product\n";
        for (const FrameRecord& r : report.frames)
            out << csvField(r.path) << ',' << r.time << ',' << frameStatusName(r.status) << ',' << csvField(r.reason) << ','
                << (r.movieFrame >= 0 ? std::to_string(r.movieFrame + 1) : std::string()) << ',' << csvField(r.product) << '\n';
        if (!out.flush())
            throw Error(path, "could not be written (disk full?)");
    }
    output.commit();
}

} // namespace hb::exporting
