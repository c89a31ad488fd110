#pragma once

#include "steps/step.h"

#include <memory>

namespace hb::steps {

// L3 enhancement for movies (ALGORITHMS-DETAIL C): differences and smoothing over the sequence,
// the background applied, radial normalisation.
std::unique_ptr<Step> makeBackgroundStep();
std::unique_ptr<Step> makeRunningDifferenceStep();
std::unique_ptr<Step> makeBaseDifferenceStep();
std::unique_ptr<Step> makeTemporalSmoothingStep();
std::unique_ptr<Step> makeNrgfStep();
std::unique_ptr<Step> makeNoiseGateStep();

} // namespace hb::steps
