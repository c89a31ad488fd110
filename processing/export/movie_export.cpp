#include "export/movie_export.h"

#include "core/csv_field.h"
#include "core/worker_threads.h"
#include "instruments/instrument_family.h"
#include "io/product_name.h"
#include "export/gif_encoder.h"

#include "core/error.h"
#include "io/atomic_output.h"
#include "io/fits/fits_writer.h"
#include "render/colormap.h"
#include "run/sequence_engine.h"
#include "kernel/step.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <mutex>
#include <thread>

namespace hb::exporting {

namespace fs = std::filesystem;
using Status = MovieFrameRecord::Status;

std::string_view movieFrameStatusName(Status status) noexcept
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

std::size_t MovieReport::count(Status status) const
{
    return static_cast<std::size_t>(std::count_if(frames.begin(), frames.end(), [&](const auto& f) { return f.status == status; }));
}

namespace {

// One frame through the pipeline and the renderer, on a worker thread.
struct Rendered {
    cv::Mat picture;
    Status status = Status::Included;
    std::string reason;
    std::string product;
};

std::string productPath(const std::string& dir, const std::string& input)
{
    return (fs::path(dir) / io::productFileName(input)).string();
}

std::vector<std::size_t> evenSample(std::size_t count, std::size_t wanted)
{
    std::vector<std::size_t> picks;
    for (std::size_t k = 0; k < std::min(count, wanted); ++k)
        picks.push_back(count <= wanted ? k : k * (count - 1) / (wanted - 1));
    return picks;
}

} // namespace

MovieReport exportMovie(const steps::Pipeline& pipeline, const FrameSequence& sequence, const steps::StepRegistry& registry,
                        const MovieOptions& options, const std::function<void(std::size_t, std::size_t)>& progress)
{
    MovieReport report;
    report.output = options.output;
    report.format = options.format.value_or(movieFormatForPath(options.output));
    report.framesPerSecond = report.format == MovieFormat::Gif ? gifFrameRate(options.framesPerSecond) : options.framesPerSecond;

    // Who is in: everything not flagged and not taken out by hand.
    std::vector<std::string> kept;
    std::vector<std::size_t> recordOfKept;
    for (const CatalogEntry& entry : sequence.frames) {
        MovieFrameRecord record;
        record.path = entry.info.path;
        record.time = entry.info.time ? entry.info.time->toIso(3) : std::string();
        if (options.skipped.count(entry.info.path)) {
            record.status = Status::Skipped;
            record.reason = "left out by the user";
        } else if (const auto why = options.flagged ? options.flagged(entry.info.path) : std::nullopt) {
            record.status = Status::Flagged;
            record.reason = *why;
        } else {
            recordOfKept.push_back(report.frames.size());
            kept.push_back(entry.info.path);
        }
        report.frames.push_back(std::move(record));
    }
    if (kept.empty())
        throw Error(options.output, "no frame to show: all " + std::to_string(sequence.frames.size()) +
                                        " frames of " + sequence.label + " are flagged or left out");
    // Refused before any work, not after an hour of processing.
    if (!options.overwrite && fs::exists(options.output))
        throw Error(options.output, "exists already; choose another name or allow overwriting");
    if (!options.frameListPath.empty() && !options.overwrite && fs::exists(options.frameListPath))
        throw Error(options.frameListPath, "exists already; choose another name or allow overwriting");
    if (!options.productsDir.empty() && !fs::is_directory(options.productsDir))
        throw Error(options.productsDir, "is not a folder (cleaned products go there)");

    // Without steps that look at neighbours each frame is made once: a cache would only hold
    // frames no one asks for again, and fresh memory for each costs page faults.
    const bool neighbours = steps::needsSequence(pipeline, registry);
    steps::SequenceEngine engine(kept, registry, neighbours ? options.cacheBytes : 0);
    const unsigned threads = workerThreads(options.threads, kept.size());
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };

    // One display range and one size for the whole movie, from a sample of processed frames.
    const std::vector<std::size_t> sample = evenSample(kept.size(), 12);
    std::vector<std::shared_ptr<const Frame>> sampled(sample.size());
    {
        std::vector<std::future<void>> jobs;
        for (std::size_t s = 0; s < sample.size(); ++s)
            jobs.push_back(std::async(std::launch::async, [&, s] {
                try {
                    sampled[s] = engine.result(pipeline, sample[s], options.cancel);
                } catch (const Error&) {
                    // Reported when the frame's turn comes.
                }
            }));
        for (auto& job : jobs)
            job.get();
    }
    std::vector<const Image*> sampleImages;
    for (const auto& frame : sampled)
        if (frame)
            sampleImages.push_back(&frame->image);
    render::DisplaySettings settings;
    settings.stretch = options.stretch;
    const Frame* first = nullptr;
    for (const auto& frame : sampled)
        if (frame && !first)
            first = frame.get();
    settings.colormap = !options.colormap.empty() ? options.colormap
                        : first && first->info.detector ? instruments::displayDefaultsFor(*first->info.detector).colormap
                                                        : std::string("gray");
    settings.range = options.limits ? *options.limits : sequenceDisplayRange(sampleImages, options.lowPercent, options.highPercent);
    report.range = settings.range;
    const int nativeWidth = first ? first->image.width() : sequence.frames.front().info.width;
    const int nativeHeight = first ? first->image.height() : sequence.frames.front().info.height;
    report.size = movieSize(nativeWidth, nativeHeight, options.width);
    // The sampled frames are kept until their turn, as the engine may not have kept them.
    std::mutex earlyMutex;
    std::map<std::size_t, std::shared_ptr<const Frame>> early;
    for (std::size_t s = 0; s < sample.size(); ++s)
        if (sampled[s])
            early[sample[s]] = std::move(sampled[s]);
    sampled.clear();
    const auto frameAt = [&](std::size_t k) {
        {
            const std::lock_guard lock(earlyMutex);
            if (const auto found = early.find(k); found != early.end()) {
                auto frame = std::move(found->second);
                early.erase(found);
                return frame;
            }
        }
        return engine.result(pipeline, k, options.cancel);
    };

    std::unique_ptr<MovieSink> sink;
    const auto renderOne = [&](std::size_t k) {
        Rendered out;
        try {
            const auto frame = frameAt(k);
            if (frame->image.width() != nativeWidth || frame->image.height() != nativeHeight)
                throw Error(kept[k], "is " + std::to_string(frame->image.width()) + " x " + std::to_string(frame->image.height()) +
                                         " after the pipeline, the movie is " + std::to_string(nativeWidth) + " x " +
                                         std::to_string(nativeHeight));
            out.picture = renderMovieFrame(*frame, settings, report.size, options.annotations, recordOfKept[k], sequence.frames.size());
            if (!options.productsDir.empty()) {
                out.product = productPath(options.productsDir, kept[k]);
                io::writeFitsFrame(*frame, out.product, {.overwrite = options.overwrite});
            }
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

    // Frames are made ahead on worker threads and encoded strictly in order.
    std::deque<std::future<Rendered>> ahead;
    std::size_t next = 0;
    for (std::size_t k = 0; k < kept.size(); ++k) {
        while (next < kept.size() && ahead.size() < threads + 1)
            ahead.push_back(std::async(std::launch::async, renderOne, next++));
        Rendered rendered = ahead.front().get();
        ahead.pop_front();
        MovieFrameRecord& record = report.frames[recordOfKept[k]];
        record.status = rendered.status;
        record.reason = rendered.reason;
        record.product = rendered.product;
        if (cancelled() || rendered.status == Status::Cancelled) {
            report.cancelled = true;
            break;
        }
        if (rendered.status == Status::Included) {
            if (!sink)
                sink = openMovieSink(report.format, options.output, report.size, options.framesPerSecond, options.overwrite);
            sink->add(rendered.picture);
            record.movieFrame = static_cast<long>(report.written++);
        }
        if (progress)
            progress(k + 1, kept.size());
    }
    for (auto& job : ahead)
        job.wait();
    if (report.cancelled) {
        for (MovieFrameRecord& record : report.frames)
            if (record.status == Status::Included) {
                record.status = Status::Cancelled;
                record.movieFrame = -1;
            }
        report.written = 0;
        return report;  // the sink's destructor removes the partial movie
    }
    if (!sink)
        throw Error(options.output, "no frame to show: every frame of " + sequence.label + " was rejected or failed (first: " +
                                        [&] {
                                            for (const auto& r : report.frames)
                                                if (r.status == Status::Rejected || r.status == Status::Failed)
                                                    return fs::path(r.path).filename().string() + ": " + r.reason;
                                            return std::string("none");
                                        }() + ")");
    sink->finish();
    if (!options.frameListPath.empty())
        writeFrameList(report, options.frameListPath, options.overwrite);
    return report;
}

void writeFrameList(const MovieReport& report, const std::string& path, bool overwrite)
{
    io::AtomicOutput output(path, overwrite);
    {
        std::ofstream out(output.tempPath());
        out << "file,time,status,reason,movie_frame,product\n";
        for (const MovieFrameRecord& r : report.frames)
            out << csvField(r.path) << ',' << r.time << ',' << movieFrameStatusName(r.status) << ',' << csvField(r.reason) << ','
                << (r.movieFrame >= 0 ? std::to_string(r.movieFrame + 1) : std::string()) << ',' << csvField(r.product) << '\n';
        if (!out.flush())
            throw Error(path, "could not be written (disk full?)");
    }
    output.commit();
}

} // namespace hb::exporting
