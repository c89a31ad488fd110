#pragma once

#include "core/error.h"
#include "core/frame.h"
#include "steps/parameter.h"
#include "steps/parameter_schema.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hb::steps {

// What a step is, for the registry, the panel, `heliobench-cli steps` and HISTORY cards.
struct StepInfo {
    std::string id;           // "family.snake_name": stable, never reused
    int version = 1;          // of the parameter format; older pipelines are migrated
    std::string title;        // HB_TR_NOOP("hb::steps", ...)
    std::string description;  // one paragraph: what it does, units in and out, what it needs
    std::vector<std::string> detectors;  // DETECTOR values it applies to; empty: any image
};

// Cancellation and progress for one run of one step on one frame. Steps call
// throwIfCancelled() between passes over the image; it throws Cancelled.
struct RunContext {
    const std::atomic<bool>* cancel = nullptr;
    // Frames observed just before and after this one by the same detector at the same size, as
    // read from disk, for steps that compare with temporal neighbours; the caller keeps them
    // alive during the step. Empty or unset where the caller has none: such steps then say so
    // and use the frame alone.
    std::function<std::vector<const Frame*>(const Frame&)> neighbours;
    // For sequence steps (running difference, background of a window...): where the frame sits in
    // its ordered sequence, and the frames at the positions the step asked for with
    // Step::framesNeeded, as the steps before this one left them (null where such a frame failed
    // or was rejected). Unset outside a sequence run: sequence steps then refuse the frame.
    struct SequencePosition {
        std::size_t index = 0;
        std::size_t count = 1;
    };
    std::optional<SequencePosition> sequence;
    std::vector<const Frame*> sequenceFrames;
    void throwIfCancelled() const;
};

// Thrown when a run is cancelled: not a failure of the input.
class Cancelled : public Error {
public:
    Cancelled() : Error({}, "cancelled") {}
};

// Thrown by a step that refuses a frame on purpose (on a reject list, a beacon image where
// beacons are excluded): the frame is skipped and reported with the reason, not counted as failed.
class FrameRejected : public Error {
public:
    using Error::Error;
};

// One processing step: a pure function of a frame and parameters. Implementations derive from
// TypedStep<P> below; the engine, panel and CLI see only this interface.
class Step {
public:
    virtual ~Step() = default;
    virtual const StepInfo& info() const noexcept = 0;
    virtual const std::vector<ParamSpec>& parameters() const noexcept = 0;
    virtual ParamValues defaults() const = 0;
    // The complete, validated parameter set for `values` (missing keys take defaults). Throws
    // hb::Error naming the step and the key.
    virtual ParamValues normalise(const ParamValues& values) const = 0;
    // Throws hb::Error naming the input file and what is wrong; FrameRejected; Cancelled.
    virtual Frame apply(const Frame& input, const ParamValues& values, const RunContext& context) const = 0;
    // Parameters saved by an older version of this step, in the current version's terms.
    virtual ParamValues migrate(int fromVersion, ParamValues values) const;
    // Sequence steps: the positions of the other frames of the sequence (`count` frames, this one
    // at `index`) that the step needs, in the order it wants them in RunContext::sequenceFrames.
    // A step that needs the sequence but none of its frames here (the first frame of a running
    // difference) still says so with isSequenceStep.
    virtual std::vector<std::size_t> framesNeeded(const ParamValues& values, std::size_t index, std::size_t count) const;
    virtual bool isSequenceStep() const noexcept { return false; }

    // True when the step is meant for this frame's detector (steps for any image: always).
    bool appliesTo(const ObservationInfo& info) const;
};

template <class P>
class TypedStep : public Step {
public:
    const StepInfo& info() const noexcept override { return m_info; }
    const std::vector<ParamSpec>& parameters() const noexcept override { return m_schema.specs(); }
    ParamValues defaults() const override { return m_schema.toValues(P{}); }
    ParamValues normalise(const ParamValues& values) const override
    {
        return m_schema.toValues(m_schema.fromValues(values, m_info.id));
    }
    Frame apply(const Frame& input, const ParamValues& values, const RunContext& context) const override
    {
        return run(input, m_schema.fromValues(values, m_info.id), context);
    }
    std::vector<std::size_t> framesNeeded(const ParamValues& values, std::size_t index, std::size_t count) const override
    {
        return needs(m_schema.fromValues(values, m_info.id), index, count);
    }

protected:
    TypedStep(StepInfo info, ParameterSchema<P> schema) : m_info(std::move(info)), m_schema(std::move(schema)) {}
    virtual Frame run(const Frame& input, const P& params, const RunContext& context) const = 0;
    virtual std::vector<std::size_t> needs(const P&, std::size_t, std::size_t) const { return {}; }

private:
    StepInfo m_info;
    ParameterSchema<P> m_schema;
};

} // namespace hb::steps
