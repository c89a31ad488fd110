#pragma once

#include "kernel/pipeline.h"
#include "run/sequence_engine.h"

#include <memory>
#include <string>
#include <vector>

namespace hb::steps {

// One frame taken through a pipeline with every step's output kept, so that when the
// scientist changes step k only steps k, k+1, ... run again. Used by the live preview; the
// results are exactly those of runPipeline. Not thread-safe: one caller at a time.
class StepChain {
public:
    struct Stage {
        std::string key;                      // id, enabled and canonical parameters: what the output depends on
        std::shared_ptr<const Frame> output;  // null when this step or one before it failed
        std::string problem;                  // why this step failed or rejected the frame
        bool rejected = false;                // FrameRejected: the frame is skipped on purpose
        double milliseconds = 0;              // of the last run of this step
    };
    struct Update {
        std::size_t firstRun = 0;  // steps before this one were reused
        std::size_t stepsRun = 0;
        double milliseconds = 0;
    };

    explicit StepChain(const StepRegistry& registry) : m_registry(registry) {}

    // A new input frame: nothing kept from the previous one.
    void setInput(std::shared_ptr<const Frame> input);
    const std::shared_ptr<const Frame>& input() const noexcept { return m_input; }

    // The input's place in its sequence, for sequence steps (running difference...): they take
    // the other frames they need from `engine`. Without one they refuse the frame, saying why.
    struct SequenceSlot {
        std::shared_ptr<SequenceEngine> engine;
        std::size_t index = 0;
        bool operator==(const SequenceSlot&) const = default;
    };
    void setSequence(SequenceSlot slot);

    // Brings every stage up to date with `pipeline`, reusing the longest unchanged prefix.
    // Stops at the first failing step (its stage says why; later stages have no output).
    // Throws Cancelled, leaving the stages computed so far valid for the next update.
    Update update(const Pipeline& pipeline, const RunContext& context = {});

    const std::vector<Stage>& stages() const noexcept { return m_stages; }
    // The frame entering step `index` (the input for 0); null after a failure.
    std::shared_ptr<const Frame> before(std::size_t index) const;
    // The frame leaving step `index` (a disabled step passes its input through).
    std::shared_ptr<const Frame> after(std::size_t index) const;
    // The pipeline's result, or null when a step failed.
    std::shared_ptr<const Frame> result() const;

private:
    const StepRegistry& m_registry;
    std::shared_ptr<const Frame> m_input;
    SequenceSlot m_sequence;
    std::vector<Stage> m_stages;
};

} // namespace hb::steps
