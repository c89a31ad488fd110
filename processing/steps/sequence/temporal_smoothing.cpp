#include "core/translatable.h"
#include "steps/sequence/pixel_statistic.h"
#include "steps/sequence/sequence_steps.h"
#include "steps/sequence/sequence_support.h"
#include "steps/step_support.h"

namespace hb::steps {

namespace {

struct TemporalSmoothingParams {
    long long half_width = 1;
    std::string statistic = "mean";
};

class TemporalSmoothingStep final : public SequenceStep<TemporalSmoothingParams> {
public:
    TemporalSmoothingStep()
        : SequenceStep(
              {"sequence.temporal_smoothing", 1, HB_TR_NOOP("hb::steps", "Temporal smoothing"),
               HB_TR_NOOP("hb::steps",
                          "Each pixel combined with the same pixel in the frames just before and after it: the mean "
                          "lowers the noise by the square root of the frames used, the median also removes what is "
                          "in one frame only (cosmic rays, a passing star). Masked pixels of a frame are left out; "
                          "at the ends of the sequence fewer frames are used."),
               {}},
              ParameterSchema<TemporalSmoothingParams>()
                  .integer(&TemporalSmoothingParams::half_width,
                           {.key = "half_width", .label = HB_TR_NOOP("hb::steps", "Frames each side"),
                            .help = HB_TR_NOOP("hb::steps", "1: three frames, the frame and one on each side"),
                            .minimum = 1, .maximum = 20})
                  .choice(&TemporalSmoothingParams::statistic,
                          {.key = "statistic", .label = HB_TR_NOOP("hb::steps", "Combine by"),
                           .help = HB_TR_NOOP("hb::steps", "mean: least noise; median: robust to single-frame spikes"),
                           .choices = {"mean", "median"}}))
    {
    }

protected:
    std::vector<std::size_t> needs(const TemporalSmoothingParams& p, std::size_t index, std::size_t count) const override
    {
        return framesAround(index, count, static_cast<std::size_t>(p.half_width));
    }

    Frame run(const Frame& input, const TemporalSmoothingParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        requireSequence(input, context, descriptor().id);
        std::vector<const Image*> images{&input.image};
        for (const Frame* frame : context.sequenceFrames)
            if (frame) {
                requireAlike(input, *frame, descriptor().id);
                images.push_back(&frame->image);
            }
        Frame out = input;
        const PixelStatistic statistic{pixelStatisticKind(p.statistic)};
        out.image = combineImages(images, statistic, kUnusableSample);
        // The frame's own mask stays: smoothing fills no occulter and makes no saturation vanish.
        auto mask = out.image.mask();
        const auto own = input.image.mask();
        for (std::size_t i = 0; i < mask.size(); ++i)
            mask[i] = static_cast<MaskBits>((mask[i] & static_cast<MaskBits>(MaskBit::Missing)) | own[i]);
        out.header.addHistory("temporal smoothing: " + describe(statistic) + " of " + std::to_string(images.size()) +
                              " frames centred on this one");
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeTemporalSmoothingStep()
{
    return std::make_unique<TemporalSmoothingStep>();
}

} // namespace hb::steps
