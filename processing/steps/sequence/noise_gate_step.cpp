#include "core/translatable.h"
#include "steps/sequence/noise_gate.h"
#include "steps/sequence/sequence_steps.h"
#include "steps/sequence/sequence_support.h"
#include "steps/step_support.h"

#include <stdexcept>

namespace hb::steps {

namespace {

struct NoiseGateParams {
    std::string cube_pixels = "12";
    std::string cube_frames = "12";
    std::string model = "hybrid";
    std::string method = "gate";
    double factor = 2.0;
    double percentile = 50;
    double dark_factor = 1.5;
    double dark_percentile = 5;
};

const std::vector<std::string> kCubeSizes = {"6", "9", "12", "18", "24"};

NoiseGateOptions optionsOf(const NoiseGateParams& p)
{
    NoiseGateOptions o;
    o.cubePixels = std::stoi(p.cube_pixels);
    o.cubeFrames = std::stoi(p.cube_frames);
    o.model = noiseModelOf(p.model);
    o.method = noiseMethodOf(p.method);
    o.factor = p.factor;
    o.percentile = p.percentile;
    o.darkFactor = p.dark_factor;
    o.darkPercentile = p.dark_percentile;
    return o;
}

class NoiseGateStep final : public SequenceStep<NoiseGateParams> {
public:
    NoiseGateStep()
        : SequenceStep(
              {"sequence.noise_gate", 1, HB_TR_NOOP("hb::steps", "Noise gate"),
               HB_TR_NOOP("hb::steps",
                          "Noise gating (DeForest 2017): the movie is cut into small overlapping blocks in x, y and "
                          "time, and in each block the Fourier components no stronger than the noise are removed. "
                          "The noise spectrum is measured from the frames themselves. Grain that changes from frame "
                          "to frame goes; features that persist or move smoothly stay sharp. Use it on calibrated "
                          "frames of one exposure; masked pixels keep their values."),
               {}},
              ParameterSchema<NoiseGateParams>()
                  .choice(&NoiseGateParams::cube_pixels,
                          {.key = "cube_pixels", .label = HB_TR_NOOP("hb::steps", "Block size"),
                           .help = HB_TR_NOOP("hb::steps", "Side of a block in pixels; larger blocks tell noise from "
                                                           "signal better but blur small, fast features"),
                           .unit = "px", .choices = kCubeSizes})
                  .choice(&NoiseGateParams::cube_frames,
                          {.key = "cube_frames", .label = HB_TR_NOOP("hb::steps", "Block length"),
                           .help = HB_TR_NOOP("hb::steps", "Frames in a block; the frames within that distance either "
                                                           "side are read"),
                           .choices = kCubeSizes})
                  .choice(&NoiseGateParams::model,
                          {.key = "model", .label = HB_TR_NOOP("hb::steps", "Noise model"),
                           .help = HB_TR_NOOP("hb::steps",
                                              "shot: noise grows with the square root of the brightness (raw counts); "
                                              "constant: the same everywhere (differences, ratios); hybrid: both, a "
                                              "component must beat each"),
                           .choices = {"hybrid", "shot", "constant"}})
                  .choice(&NoiseGateParams::method,
                          {.key = "method", .label = HB_TR_NOOP("hb::steps", "Method"),
                           .help = HB_TR_NOOP("hb::steps", "gate: components below the threshold are removed; wiener: "
                                                           "every component is damped by its share above the noise"),
                           .choices = {"gate", "wiener"}})
                  .number(&NoiseGateParams::factor,
                          {.key = "factor", .label = HB_TR_NOOP("hb::steps", "Threshold"),
                           .help = HB_TR_NOOP("hb::steps", "Kept above this many times the noise: 2 to 3 is usual"),
                           .minimum = 0.1, .maximum = 20})
                  .number(&NoiseGateParams::percentile,
                          {.key = "percentile", .label = HB_TR_NOOP("hb::steps", "Noise percentile"),
                           .help = HB_TR_NOOP("hb::steps", "Of each component's amplitude over all blocks, taken as "
                                                           "its noise level"),
                           .unit = "%", .minimum = 1, .maximum = 99})
                  .number(&NoiseGateParams::dark_factor,
                          {.key = "dark_factor", .label = HB_TR_NOOP("hb::steps", "Constant threshold (hybrid)"),
                           .help = HB_TR_NOOP("hb::steps", "The threshold for the constant part of the hybrid model"),
                           .minimum = 0.1, .maximum = 20})
                  .number(&NoiseGateParams::dark_percentile,
                          {.key = "dark_percentile", .label = HB_TR_NOOP("hb::steps", "Constant percentile (hybrid)"),
                           .help = HB_TR_NOOP("hb::steps", "The percentile for the constant part of the hybrid model: "
                                                           "low, as the faintest blocks show the floor"),
                           .unit = "%", .minimum = 1, .maximum = 99}))
    {
    }

protected:
    std::vector<std::size_t> needs(const NoiseGateParams& p, std::size_t index, std::size_t count) const override
    {
        return framesAround(index, count, static_cast<std::size_t>(std::stoi(p.cube_frames)) - 1);
    }

    Frame run(const Frame& input, const NoiseGateParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        const auto position = requireSequence(input, context, descriptor().id);
        const auto wanted = needs(p, position.index, position.count);
        // The frames in order with this one in its place; a frame that failed leaves a gap that
        // the gate closes up.
        std::vector<const Image*> images;
        std::size_t target = 0, first = position.index;
        bool placed = false;
        for (std::size_t i = 0; i < wanted.size(); ++i) {
            if (!placed && wanted[i] > position.index) {
                target = images.size();
                images.push_back(&input.image);
                placed = true;
            }
            if (i < context.sequenceFrames.size() && context.sequenceFrames[i]) {
                requireAlike(input, *context.sequenceFrames[i], descriptor().id);
                images.push_back(&context.sequenceFrames[i]->image);
            }
            first = std::min(first, wanted[i]);
        }
        if (!placed) {
            target = images.size();
            images.push_back(&input.image);
        }
        Frame out = input;
        try {
            out.image = noiseGate(images, target, first, optionsOf(p), context.cancel);
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& e) {
            throw Error(input.info.path, std::string("step \"") + descriptor().id + "\": " + e.problem());
        }
        out.header.addHistory("noise gate: " + p.cube_pixels + " px x " + p.cube_frames + " frame blocks of " +
                              std::to_string(images.size()) + " frames, " + p.model + " noise model, " + p.method +
                              " at " + formatNumber(p.factor) + "x the noise (percentile " + formatNumber(p.percentile) +
                              ")");
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeNoiseGateStep()
{
    return std::make_unique<NoiseGateStep>();
}

} // namespace hb::steps
