#pragma once

#include "core/frame.h"
#include "kernel/step.h"

#include <cstddef>
#include <string>
#include <vector>

namespace hb::steps {

// Samples left out of per-pixel statistics over frames: no measurement, or a wrong one.
inline constexpr MaskBits kUnusableSample = static_cast<MaskBits>(MaskBit::Missing) |
                                            static_cast<MaskBits>(MaskBit::Saturated) |
                                            static_cast<MaskBits>(MaskBit::CosmicRay);

// A step that works on a frame together with other frames of its ordered sequence: it carries
// the Sequence trait whatever its declaration says.
template <class P>
class SequenceStep : public TypedStep<P> {
protected:
    SequenceStep(StepDescriptor descriptor, ParameterSchema<P> schema)
        : TypedStep<P>(withSequenceTrait(std::move(descriptor)), std::move(schema))
    {
    }

private:
    static StepDescriptor withSequenceTrait(StepDescriptor descriptor)
    {
        descriptor.traits |= StepTrait::Sequence;
        return descriptor;
    }
};

// The frame's place in its sequence; throws hb::Error naming the file and the step when the run
// has no sequence (a single frame given to a step that needs others).
RunContext::SequencePosition requireSequence(const Frame& frame, const RunContext& context, const std::string& stepId);

// The positions within `reach` of `index` on either side, in order, inside [0, count), without
// `index` itself: what smoothing and noise gating ask for.
std::vector<std::size_t> framesAround(std::size_t index, std::size_t count, std::size_t reach);

// Throws hb::Error naming both files unless `other` has the frame's size and BUNIT.
void requireAlike(const Frame& frame, const Frame& other, const std::string& stepId);

// a - b or a / b (b > 0, else NaN) per pixel; NaN where either is NaN; masks joined.
enum class Combination { Difference, Ratio };
Combination combinationOf(const std::string& mode);  // "difference" / "subtract" or "ratio"
Image combine(const Image& a, const Image& b, Combination how);

// After a ratio the pixels have no unit: BUNIT goes, a comment says what the numbers are.
void markDimensionless(Header& header, const std::string& what);

// "2008-12-12T04:07:30" or the file name when the time is unknown: for HISTORY text.
std::string frameLabel(const Frame& frame);

} // namespace hb::steps
