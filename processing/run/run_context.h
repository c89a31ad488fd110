#pragma once

#include "core/error.h"
#include "core/frame.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hb::steps {

// How far long work has come: `done` of `total` items, the last one named (a file, a day).
struct Progress {
    std::size_t done = 0;
    std::size_t total = 0;
    std::string item;
};
// The one way long work reports progress, from whichever thread does the work.
using ProgressChannel = std::function<void(const Progress&)>;

// Cancellation and progress for one run, plus what a frame step may ask of the run it is in.
// Steps call throwIfCancelled() between passes over their data; it throws Cancelled.
struct RunContext {
    const std::atomic<bool>* cancel = nullptr;
    ProgressChannel progress;
    // Frames observed just before and after this one by the same detector at the same size, as
    // read from disk, for steps that compare with temporal neighbours; the caller keeps them
    // alive during the step. Empty or unset where the caller has none: such steps then say so
    // and use the frame alone.
    std::function<std::vector<const Frame*>(const Frame&)> neighbours;
    // For sequence steps (running difference, background of a window...): where the frame sits in
    // its ordered sequence, and the frames at the positions the step asked for with
    // FrameStep::framesNeeded, as the steps before this one left them (null where such a frame
    // failed or was rejected). Unset outside a sequence run: sequence steps then refuse the frame.
    struct SequencePosition {
        std::size_t index = 0;
        std::size_t count = 1;
    };
    std::optional<SequencePosition> sequence;
    std::vector<const Frame*> sequenceFrames;

    void throwIfCancelled() const;
    bool cancelled() const noexcept { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(std::size_t done, std::size_t total, std::string item = {}) const;
};

// Thrown when a run is cancelled: not a failure of the input.
class Cancelled : public Error {
public:
    Cancelled() : Error({}, "cancelled") {}
};

} // namespace hb::steps
