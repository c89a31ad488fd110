#include "core/translatable.h"
#include "steps/sequence/sequence_steps.h"
#include "steps/sequence/sequence_support.h"
#include "steps/step_support.h"

#include <cmath>

namespace hb::steps {

namespace {

struct RunningDifferenceParams {
    long long lag = 1;
    std::string mode = "difference";
    double max_gap_hours = 0;
};

class RunningDifferenceStep final : public SequenceStep<RunningDifferenceParams> {
public:
    RunningDifferenceStep()
        : SequenceStep(
              {"sequence.running_difference", 1, HB_TR_NOOP("hb::steps", "Running difference"),
               HB_TR_NOOP("hb::steps",
                          "Each frame minus (or divided by) the frame `lag` places before it in the sequence, so that "
                          "what moved or brightened stands out and the static corona cancels. Flagged frames are not in "
                          "the sequence, so a difference is taken with the nearest unflagged frame before; with a "
                          "largest gap set, a frame whose partner is further away in time is skipped rather than "
                          "differenced across the gap. The first frames have no partner and are skipped."),
               {}},
              ParameterSchema<RunningDifferenceParams>()
                  .integer(&RunningDifferenceParams::lag,
                           {.key = "lag", .label = HB_TR_NOOP("hb::steps", "Frames back"),
                            .help = HB_TR_NOOP("hb::steps", "1: each frame against the one just before it"),
                            .minimum = 1, .maximum = 50})
                  .choice(&RunningDifferenceParams::mode,
                          {.key = "mode", .label = HB_TR_NOOP("hb::steps", "Operation"),
                           .help = HB_TR_NOOP("hb::steps", "difference: I(k) - I(k-lag); ratio: I(k) / I(k-lag)"),
                           .choices = {"difference", "ratio"}})
                  .number(&RunningDifferenceParams::max_gap_hours,
                          {.key = "max_gap_hours", .label = HB_TR_NOOP("hb::steps", "Largest gap"),
                           .help = HB_TR_NOOP("hb::steps", "Skip a frame whose partner is further away in time; 0: any gap"),
                           .unit = "h", .minimum = 0, .maximum = 24 * 31, .sliderFrom = 0, .sliderTo = 48}))
    {
    }

protected:
    std::vector<std::size_t> needs(const RunningDifferenceParams& p, std::size_t index, std::size_t) const override
    {
        const auto lag = static_cast<std::size_t>(p.lag);
        if (index < lag)
            return {};
        return {index - lag};
    }

    // Differences of counts with the bias still in would carry a constant offset.
    UnitRule unitsFor(const RunningDifferenceParams& p) const override
    {
        return {{DataUnit::Dn, DataUnit::DnPerSecond, DataUnit::Msb}, p.mode == "ratio" ? DataUnit::Ratio : DataUnit::Difference};
    }

    Frame run(const Frame& input, const RunningDifferenceParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        const auto position = requireSequence(input, context, descriptor().id);
        if (position.index < static_cast<std::size_t>(p.lag))
            throw FrameRejected(input.info.path, "is frame " + std::to_string(position.index + 1) +
                                                     " of its sequence: there is no frame " + std::to_string(p.lag) +
                                                     " places before it to difference with");
        const Frame* earlier = context.sequenceFrames.empty() ? nullptr : context.sequenceFrames.front();
        if (!earlier)
            throw FrameRejected(input.info.path, "has no usable frame before it: that frame failed or was rejected");
        requireAlike(input, *earlier, descriptor().id);
        std::string gapText;
        if (input.info.time && earlier->info.time) {
            const double hours = static_cast<double>(input.info.time->nanoseconds - earlier->info.time->nanoseconds) / 3.6e12;
            if (p.max_gap_hours > 0 && std::abs(hours) > p.max_gap_hours)
                throw FrameRejected(input.info.path, "is " + formatNumber(hours) + " h after the frame before it (" +
                                                         frameLabel(*earlier) + "), more than the largest gap of " +
                                                         formatNumber(p.max_gap_hours) + " h");
            gapText = ", " + formatNumber(hours * 60) + " min earlier";
        }
        const Combination how = combinationOf(p.mode);
        Frame out = input;
        out.image = combine(input.image, earlier->image, how);
        if (how == Combination::Ratio)
            markDimensionless(out.header, "a ratio of two frames");
        out.header.addHistory(std::string("running ") + (how == Combination::Ratio ? "ratio: divided by " : "difference: minus ") +
                              "the frame of " + frameLabel(*earlier) + gapText);
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeRunningDifferenceStep()
{
    return std::make_unique<RunningDifferenceStep>();
}

} // namespace hb::steps
