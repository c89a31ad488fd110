#pragma once

#include "core/error.h"
#include "core/frame.h"
#include "kernel/data_unit.h"
#include "kernel/parameter.h"
#include "kernel/parameter_schema.h"
#include "kernel/step_descriptor.h"
#include "run/run_context.h"

#include <cstddef>
#include <string>
#include <vector>

namespace hb::steps {

// Thrown by a step that refuses its input on purpose (on a reject list, a beacon image where
// beacons are excluded): the input is skipped and reported with the reason, not counted as failed.
class FrameRejected : public Error {
public:
    using Error::Error;
};

// What every step has whatever data it works on: its descriptor and its parameters. The
// operation lives in the subclass of its kind (FrameStep; the series kind comes next).
class Step {
public:
    virtual ~Step() = default;
    virtual const StepDescriptor& descriptor() const noexcept = 0;
    virtual DataKind kind() const noexcept = 0;
    virtual const std::vector<ParamSpec>& parameters() const noexcept = 0;
    virtual ParamValues defaults() const = 0;
    // The complete, validated parameter set for `values` (missing keys take defaults). Throws
    // hb::Error naming the step and the key.
    virtual ParamValues normalise(const ParamValues& values) const = 0;
    // Parameters saved by an older version of this step, in the current version's terms.
    virtual ParamValues migrate(int fromVersion, ParamValues values) const;
    // What values it takes and gives with these (normalised) parameters: pipelines in a
    // senseless order are refused by the CLI and pointed out by the Pipeline dock.
    virtual UnitRule units(const ParamValues& values) const;

    bool has(StepTrait trait) const noexcept { return descriptor().has(trait); }
    // True when the step is meant for data of this detector (steps for any data: always).
    bool appliesTo(const ObservationInfo& info) const;
};

// A step over image frames: a pure function of a frame and parameters.
class FrameStep : public Step {
public:
    DataKind kind() const noexcept final { return DataKind::Frame; }
    // Throws hb::Error naming the input file and what is wrong; FrameRejected; Cancelled.
    virtual Frame apply(const Frame& input, const ParamValues& values, const RunContext& context) const = 0;
    // Sequence steps: the positions of the other frames of the sequence (`count` frames, this one
    // at `index`) that the step needs, in the order it wants them in RunContext::sequenceFrames.
    // A step that needs the sequence but none of its frames here (the first frame of a running
    // difference) still says so with the Sequence trait.
    virtual std::vector<std::size_t> framesNeeded(const ParamValues& values, std::size_t index, std::size_t count) const;
};

// A frame step over its typed parameter struct P: the schema turns ParamValues into P once.
template <class P>
class TypedStep : public FrameStep {
public:
    const StepDescriptor& descriptor() const noexcept override { return m_descriptor; }
    const std::vector<ParamSpec>& parameters() const noexcept override { return m_schema.specs(); }
    ParamValues defaults() const override { return m_schema.toValues(P{}); }
    ParamValues normalise(const ParamValues& values) const override
    {
        return m_schema.toValues(m_schema.fromValues(values, m_descriptor.id));
    }
    Frame apply(const Frame& input, const ParamValues& values, const RunContext& context) const override
    {
        return run(input, m_schema.fromValues(values, m_descriptor.id), context);
    }
    std::vector<std::size_t> framesNeeded(const ParamValues& values, std::size_t index, std::size_t count) const override
    {
        return needs(m_schema.fromValues(values, m_descriptor.id), index, count);
    }
    UnitRule units(const ParamValues& values) const override { return unitsFor(m_schema.fromValues(values, m_descriptor.id)); }

protected:
    TypedStep(StepDescriptor descriptor, ParameterSchema<P> schema)
        : m_descriptor(std::move(descriptor))
        , m_schema(std::move(schema))
    {
    }
    virtual Frame run(const Frame& input, const P& params, const RunContext& context) const = 0;
    virtual std::vector<std::size_t> needs(const P&, std::size_t, std::size_t) const { return {}; }
    virtual UnitRule unitsFor(const P&) const { return {}; }

private:
    StepDescriptor m_descriptor;
    ParameterSchema<P> m_schema;
};

} // namespace hb::steps
