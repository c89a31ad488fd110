#pragma once

#include "catalog/sequence_selector.h"
#include "export/movie_frame.h"
#include "export/movie_sink.h"
#include "kernel/pipeline.h"

#include <atomic>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hb::exporting {

struct MovieOptions {
    std::string output;                 // movie file, or folder for PNG frames
    std::optional<MovieFormat> format;  // else from the output's extension
    double framesPerSecond = 10.0;
    int width = 0;                      // output width in pixels; 0: the frames' own
    // Display: the user's fixed limits, or these percentiles pooled over the sequence.
    std::optional<render::DisplayRange> limits;
    double lowPercent = 1.0;
    double highPercent = 99.5;
    render::Stretch stretch = render::Stretch::Linear;
    std::string colormap;               // empty: the instrument's
    Annotations annotations;
    bool overwrite = false;
    // Frames left out: the reason a frame is flagged (nothing: not flagged), and the paths the
    // user took out by hand.
    std::function<std::optional<std::string>(const std::string& path)> flagged;
    std::set<std::string> skipped;
    std::string productsDir;            // cleaned FITS of every frame in the movie; empty: none
    std::string frameListPath;          // CSV of what went in and what was left out; empty: none
    unsigned threads = 0;               // frames processed at once; 0: one per hardware thread
    std::size_t cacheBytes = 1ull << 30;
    const std::atomic<bool>* cancel = nullptr;
};

// What became of one input frame.
struct MovieFrameRecord {
    enum class Status { Included, Flagged, Skipped, Rejected, Failed, Cancelled };
    std::string path;
    std::string time;        // ISO 8601 UTC, empty when unknown
    Status status = Status::Included;
    std::string reason;      // why it was left out
    long movieFrame = -1;    // 0-based frame of the movie, for included frames
    std::string product;     // cleaned FITS written for it
};
std::string_view movieFrameStatusName(MovieFrameRecord::Status status) noexcept;  // included, flagged, ...

struct MovieReport {
    std::string output;
    MovieFormat format = MovieFormat::Mp4;
    cv::Size size;
    double framesPerSecond = 0;            // as the format stores it (GIF: in 1/100 s steps)
    render::DisplayRange range;
    std::vector<MovieFrameRecord> frames;  // in sequence order
    std::size_t written = 0;
    bool cancelled = false;                // nothing was written then
    std::size_t count(MovieFrameRecord::Status status) const;
};

// Processes `sequence` through `pipeline` (sequence steps get their neighbours through a
// SequenceEngine over the frames not left out), renders each frame with one display range
// for the whole movie and encodes it. Frames are processed in parallel, encoded in order.
// Frames a step rejects or that fail are reported and left out; the movie goes on. Throws
// hb::Error when the output cannot be made or no frame is left. Cancelled: nothing at the
// output path, `cancelled` set. `progress(done, total)` is called from the calling thread.
MovieReport exportMovie(const steps::Pipeline& pipeline, const FrameSequence& sequence, const steps::StepRegistry& registry,
                        const MovieOptions& options, const std::function<void(std::size_t, std::size_t)>& progress = {});

// The frame list as CSV: path, time, status, reason, movie frame, product.
void writeFrameList(const MovieReport& report, const std::string& path, bool overwrite);

} // namespace hb::exporting
