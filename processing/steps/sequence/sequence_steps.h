#pragma once

#include "kernel/step.h"

#include <memory>

namespace hb::steps {

class StepRegistry;

// L3 enhancement over sequences.
void registerSequenceSteps(StepRegistry& registry);

// L3 enhancement for movies (ALGORITHMS-DETAIL C): differences and smoothing over the sequence,
// the background applied, radial normalisation.
std::unique_ptr<Step> makeBackgroundStep();
std::unique_ptr<Step> makeRunningDifferenceStep();
std::unique_ptr<Step> makeBaseDifferenceStep();
std::unique_ptr<Step> makeTemporalSmoothingStep();
std::unique_ptr<Step> makeNrgfStep();
std::unique_ptr<Step> makeNoiseGateStep();

} // namespace hb::steps
