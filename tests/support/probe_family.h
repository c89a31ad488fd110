#pragma once
// A family of steps that exists only in tests: registered like a built-in family, it must show
// up wherever steps or detectors are listed, with no other edit.

#include "kernel/step_registry.h"
#include "steps/detect/detect_support.h"

#include <algorithm>
#include <memory>

namespace hb::test {

struct BrightSpotParams {
    double threshold = 1000;
};

// A detector: flags a frame whose brightest pixel exceeds the threshold; score = that pixel.
class BrightSpotDetector final : public steps::TypedStep<BrightSpotParams> {
public:
    BrightSpotDetector()
        : TypedStep({"probe.bright_spots", 1, "Detect bright spots (test family)",
                     "Flags frames whose brightest pixel exceeds the threshold; the score is that pixel.", {},
                     steps::StepTrait::Detector, "bright-spots"},
                    steps::ParameterSchema<BrightSpotParams>().number(
                        &BrightSpotParams::threshold,
                        {.key = "threshold", .label = "Threshold", .help = "Brightest pixel that passes", .minimum = 0,
                         .maximum = 1e9}))
    {
    }

protected:
    Frame run(const Frame& input, const BrightSpotParams& params, const steps::RunContext&) const override
    {
        Detection d = steps::detect::newDetection(descriptor(), "saturation");
        for (const float v : input.image.pixels())
            d.score = std::max(d.score, static_cast<double>(v));
        d.flagged = d.score > params.threshold;
        d.summary = "brightest pixel " + std::to_string(d.score);
        return steps::detect::withDetection(input, std::move(d));
    }
};

// A step of the other kind: no frame pipeline, panel or detector list may offer it.
class SeriesProbeStep final : public steps::Step {
public:
    const steps::StepDescriptor& descriptor() const noexcept override { return m_descriptor; }
    steps::DataKind kind() const noexcept override { return steps::DataKind::TimeSeries; }
    const std::vector<steps::ParamSpec>& parameters() const noexcept override { return m_specs; }
    steps::ParamValues defaults() const override { return {}; }
    steps::ParamValues normalise(const steps::ParamValues& values) const override { return values; }

private:
    steps::StepDescriptor m_descriptor{"probe.series_offset", 1, "Offset a series (test family)",
                                       "Stands for the series steps of the next issue.", {},
                                       steps::StepTrait::Detector, "series-probe"};
    std::vector<steps::ParamSpec> m_specs;
};

inline void registerProbeFamily(steps::StepRegistry& registry)
{
    registry.add(std::make_unique<BrightSpotDetector>());
    registry.add(std::make_unique<SeriesProbeStep>());
}

// The built-in families and the probe family after them.
inline steps::StepRegistry registryWithProbeFamily()
{
    std::vector<steps::StepFamily> families = steps::builtinFamilies();
    families.push_back(registerProbeFamily);
    return steps::makeRegistry(families);
}

} // namespace hb::test
