#pragma once

#include "catalog/sequence_selector.h"
#include "kernel/pipeline.h"
#include "run/run_context.h"

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace hb::steps {
class StepRegistry;
}

namespace hb::exporting {

// What became of one input frame of an export.
struct FrameRecord {
    enum class Status { Included, Flagged, Skipped, Rejected, Failed, Cancelled };
    std::string path;
    std::string time;        // ISO 8601 UTC, empty when unknown
    Status status = Status::Included;
    std::string reason;      // why it was left out
    long movieFrame = -1;    // 0-based frame of the movie, for included frames of a movie
    std::string product;     // cleaned FITS written for it
};
std::string_view frameStatusName(FrameRecord::Status status) noexcept;  // included, flagged, ...

struct ExportReport {
    std::vector<FrameRecord> frames;  // in sequence order
    bool cancelled = false;           // the sinks' outputs were not made then
    std::size_t count(FrameRecord::Status status) const;
};

// What a sink makes of one frame on a worker thread, held until the frame's turn comes.
struct SinkPiece {
    virtual ~SinkPiece() = default;
};

// Where the processed frames of a sequence go: a movie now; FITS products, HDF5 cubes, CDF and
// flat files alike. exportSequence() calls, in this order: checkOutput() before any work;
// begin() once with a sample of processed frames when wantsSample(); prepare() on worker
// threads, several frames at once; add() in sequence order on the calling thread; finish()
// after the last frame. A sink whose finish() is not called (cancelled, failed) leaves nothing
// at its output path.
class SequenceSink {
public:
    virtual ~SequenceSink() = default;
    // Throws hb::Error naming the output when it cannot be made (exists, missing folder...).
    virtual void checkOutput() const {}
    virtual bool wantsSample() const { return false; }
    // `sample`: an even pick of the kept frames as the pipeline leaves them (null where one
    // failed); `sequence`: the whole sequence, left-out frames included.
    virtual void begin(const std::vector<const Frame*>& sample, const FrameSequence& sequence)
    {
        (void)sample;
        (void)sequence;
    }
    // `position` is the frame's place in the whole sequence. Throws hb::Error when this frame
    // cannot go in: it is then failed for every sink.
    virtual std::unique_ptr<SinkPiece> prepare(const Frame& frame, std::size_t position) const = 0;
    virtual void add(std::unique_ptr<SinkPiece> piece, FrameRecord& record) = 0;
    virtual void finish() = 0;
};

struct ExportOptions {
    // Frames left out: the reason a frame is flagged (nothing: not flagged), and the paths the
    // user took out by hand.
    std::function<std::optional<std::string>(const std::string& path)> flagged;
    std::set<std::string> skipped;
    std::string frameListPath;          // CSV of what went in and what was left out; empty: none
    bool overwrite = false;             // of every output: the sinks' and the frame list
    unsigned threads = 0;               // frames processed at once; 0: one per hardware thread
    std::size_t cacheBytes = 1ull << 30;
    std::size_t sampleFrames = 12;      // for sinks that want a sample
};

// `wanted` indices spread evenly over 0 .. count-1, first and last included: the frames a
// sequence's display range is pooled over, in movies and in playback alike.
std::vector<std::size_t> evenSample(std::size_t count, std::size_t wanted);

// The one export loop: processes the kept frames of `sequence` through `pipeline` (sequence
// steps get their neighbours through a SequenceEngine over the kept frames), in parallel, and
// hands each to every sink in order. Frames a step rejects or that fail are recorded and left
// out; the export goes on. Throws hb::Error when no frame is kept or every kept frame failed
// (naming the first failure), and whatever a sink's checkOutput() or finish() throws.
// `run.progress` counts kept frames; cancelled, the report says so and no sink is finished.
ExportReport exportSequence(const steps::Pipeline& pipeline, const FrameSequence& sequence, const steps::StepRegistry& registry,
                            const ExportOptions& options, const std::vector<SequenceSink*>& sinks, const steps::RunContext& run = {});

// The frame list as CSV: path, time, status, reason, movie frame, product.
void writeFrameList(const ExportReport& report, const std::string& path, bool overwrite);

} // namespace hb::exporting
