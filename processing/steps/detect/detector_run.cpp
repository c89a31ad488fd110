#include "steps/detect/detector_run.h"

#include "catalog/folder_scanner.h"
#include "catalog/sequence_selector.h"
#include "io/file_reader.h"

#include <algorithm>
#include <deque>

namespace hb::steps {

review::FrameRef frameRefOf(const ObservationInfo& info)
{
    return {info.path, info.time ? std::optional(info.time->toIso(3)) : std::nullopt, instrumentLabel(info)};
}

bool proposeFlag(review::FlagStore& store, const DetectorResult& result)
{
    const auto& d = result.detection;
    if (!d || !d->flagged)
        return false;
    store.propose(frameRefOf(result.info), review::reasonFromKey(d->reason).value_or(review::FlagReason::Other),
                  {d->detector, d->version, d->score}, d->summary);
    return true;
}

namespace {

// The detector's verdict on `frame` with `neighbours` into `result`; a failure of the frame
// becomes the result's error, a cancel goes on up.
void judge(const FrameStep& detector, const ParamValues& values, const Frame& frame, std::vector<const Frame*> neighbours,
           const std::atomic<bool>* cancel, DetectorResult& result)
{
    RunContext context;
    context.cancel = cancel;
    context.neighbours = [&](const Frame&) { return neighbours; };
    try {
        const Frame out = detector.apply(frame, values, context);
        if (!out.detections.empty())
            result.detection = out.detections.back();
    } catch (const Cancelled&) {
        throw;
    } catch (const std::exception& e) {
        result.error = e.what();
    }
}

} // namespace

DetectorResult detectFrame(const FrameStep& detector, const ParamValues& params, const std::string& path,
                           const std::vector<std::string>& neighbours, const std::atomic<bool>* cancel)
{
    DetectorResult result;
    result.info.path = path;
    try {
        const Frame frame = io::readFrame(path);
        result.info = frame.info;
        std::vector<Frame> others;
        for (const std::string& other : neighbours) {
            if (other == path)
                continue;
            try {
                Frame neighbour = io::readFrame(other);
                if (looksAlike(neighbour.info, frame.info))
                    others.push_back(std::move(neighbour));
            } catch (const std::exception&) {
                // An unreadable neighbour is one fewer to compare with, not a failed verdict.
            }
        }
        std::vector<const Frame*> pointers;
        for (const Frame& f : others)
            pointers.push_back(&f);
        judge(detector, detector.normalise(params), frame, std::move(pointers), cancel, result);
    } catch (const Cancelled&) {
        throw;
    } catch (const std::exception& e) {
        result.error = e.what();
    }
    return result;
}

std::vector<DetectorResult> runDetector(const FrameStep& detector, const ParamValues& params, const std::vector<std::string>& files,
                                        int neighbourCount, const std::atomic<bool>* cancel,
                                        const std::function<void(const DetectorResult&, std::size_t, std::size_t)>& onResult)
{
    const ParamValues values = detector.normalise(params);
    std::vector<DetectorResult> results;
    std::vector<CatalogEntry> scanned;
    for (const std::string& file : files) {
        CatalogEntry entry = scanFile(file);
        if (!entry.ok || !entry.hasPixels) {
            DetectorResult r;
            r.info = entry.info;
            r.error = entry.ok ? "holds no image" : entry.error;
            results.push_back(r);
            if (onResult)
                onResult(results.back(), results.size(), files.size());
            continue;
        }
        scanned.push_back(std::move(entry));
    }
    for (const FrameSequence& sequence : groupSequences(std::move(scanned))) {
        const std::vector<CatalogEntry>& entries = sequence.frames;
        // Frames [first, first + window.size()) of the group, read once each.
        std::deque<std::optional<Frame>> window;
        std::deque<std::string> windowErrors;
        std::size_t first = 0;
        auto load = [&](std::size_t index) {
            try {
                window.push_back(io::readFrame(entries[index].info.path));
                windowErrors.emplace_back();
            } catch (const std::exception& e) {
                window.push_back(std::nullopt);
                windowErrors.emplace_back(e.what());
            }
        };
        const auto n = static_cast<std::ptrdiff_t>(neighbourCount);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                throw Cancelled();
            const std::size_t lo = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, static_cast<std::ptrdiff_t>(i) - n));
            const std::size_t hi = std::min(entries.size() - 1, i + static_cast<std::size_t>(neighbourCount));
            while (first < lo) {
                window.pop_front();
                windowErrors.pop_front();
                ++first;
            }
            while (first + window.size() <= hi)
                load(first + window.size());
            DetectorResult r;
            r.info = entries[i].info;
            const auto& frame = window[i - first];
            if (!frame) {
                r.error = windowErrors[i - first];
            } else {
                std::vector<const Frame*> others;
                for (std::size_t k = lo; k <= hi; ++k)
                    if (k != i && window[k - first])
                        others.push_back(&*window[k - first]);
                judge(detector, values, *frame, std::move(others), cancel, r);
            }
            results.push_back(r);
            if (onResult)
                onResult(results.back(), results.size(), files.size());
        }
    }
    return results;
}

} // namespace hb::steps
