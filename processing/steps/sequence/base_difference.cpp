#include "core/translatable.h"
#include "steps/sequence/pixel_statistic.h"
#include "steps/sequence/sequence_steps.h"
#include "steps/sequence/sequence_support.h"
#include "steps/step_support.h"

namespace hb::steps {

namespace {

struct BaseDifferenceParams {
    long long base_first = 1;
    long long base_count = 1;
    std::string mode = "difference";
};

class BaseDifferenceStep final : public SequenceStep<BaseDifferenceParams> {
public:
    BaseDifferenceStep()
        : SequenceStep(
              {"sequence.base_difference", 1, HB_TR_NOOP("hb::steps", "Base difference"),
               HB_TR_NOOP("hb::steps",
                          "Each frame minus (or divided by) one pre-event base: a chosen frame of the sequence, or the "
                          "per-pixel median of several frames from it on, which keeps a passing star or cosmic ray out of "
                          "the base. Shows the whole change since the base, where a running difference shows only the "
                          "change since the frame before."),
               {}},
              ParameterSchema<BaseDifferenceParams>()
                  .integer(&BaseDifferenceParams::base_first,
                           {.key = "base_first", .label = HB_TR_NOOP("hb::steps", "Base frame"),
                            .help = HB_TR_NOOP("hb::steps", "Position in the sequence of the (first) base frame, from 1"),
                            .minimum = 1, .maximum = 1e6, .sliderFrom = 1, .sliderTo = 100})
                  .integer(&BaseDifferenceParams::base_count,
                           {.key = "base_count", .label = HB_TR_NOOP("hb::steps", "Frames in the base"),
                            .help = HB_TR_NOOP("hb::steps", "More than 1: the per-pixel median of that many frames"),
                            .minimum = 1, .maximum = 100})
                  .choice(&BaseDifferenceParams::mode,
                          {.key = "mode", .label = HB_TR_NOOP("hb::steps", "Operation"),
                           .help = HB_TR_NOOP("hb::steps", "difference: I - base; ratio: I / base"),
                           .choices = {"difference", "ratio"}}))
    {
    }

protected:
    std::vector<std::size_t> needs(const BaseDifferenceParams& p, std::size_t, std::size_t count) const override
    {
        std::vector<std::size_t> frames;
        for (auto k = static_cast<std::size_t>(p.base_first - 1); k < count && frames.size() < static_cast<std::size_t>(p.base_count); ++k)
            frames.push_back(k);
        return frames;
    }

    // Differences of counts with the bias still in would carry a constant offset.
    UnitRule unitsFor(const BaseDifferenceParams& p) const override
    {
        return {{DataUnit::Dn, DataUnit::DnPerSecond, DataUnit::Msb}, p.mode == "ratio" ? DataUnit::Ratio : DataUnit::Difference};
    }

    Frame run(const Frame& input, const BaseDifferenceParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        const auto position = requireSequence(input, context, descriptor().id);
        if (static_cast<std::size_t>(p.base_first) > position.count)
            throw Error(input.info.path, "is in a sequence of " + std::to_string(position.count) +
                                             " frames; the base frame " + std::to_string(p.base_first) + " is past its end");
        std::vector<const Image*> base;
        std::string names;
        for (const Frame* frame : context.sequenceFrames) {
            if (!frame)
                continue;  // a failed base frame: the others make the base
            requireAlike(input, *frame, descriptor().id);
            base.push_back(&frame->image);
            names += (names.empty() ? "" : ", ") + frameLabel(*frame);
        }
        if (base.empty())
            throw FrameRejected(input.info.path, "has no usable base frame: the chosen ones failed or were rejected");
        const Image baseImage = base.size() == 1 ? *base.front() : combineImages(base, {PixelStatistic::Kind::Median}, kUnusableSample);
        const Combination how = combinationOf(p.mode);
        Frame out = input;
        out.image = combine(input.image, baseImage, how);
        if (how == Combination::Ratio)
            markDimensionless(out.header, "a ratio to a base frame");
        out.header.addHistory(std::string("base ") + (how == Combination::Ratio ? "ratio: divided by " : "difference: minus ") +
                              (base.size() == 1 ? "the frame of " : "the median of the frames of ") + names);
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeBaseDifferenceStep()
{
    return std::make_unique<BaseDifferenceStep>();
}

} // namespace hb::steps
