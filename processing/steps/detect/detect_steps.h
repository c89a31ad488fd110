#pragma once

#include "kernel/step.h"

#include <memory>

namespace hb::steps {

class StepRegistry;

// The detectors that propose flags.
void registerDetectorSteps(StepRegistry& registry);

// Detectors: steps that pass the frame on unchanged and add a Detection (verdict, score and the
// shapes found). They run on raw or calibrated frames; `heliobench-cli flags detect` and review
// mode turn their verdicts into flag proposals.
std::unique_ptr<Step> makeDetectMissingBlocksStep();
std::unique_ptr<Step> makeDetectCorruptedStep();
std::unique_ptr<Step> makeDetectCosmicRaysStep();
std::unique_ptr<Step> makeDetectTransientsStep();

} // namespace hb::steps
