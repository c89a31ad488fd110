#pragma once

#include "kernel/step.h"

#include <memory>

namespace hb::steps {

class StepRegistry;

// Choosing frames: reject lists, science images.
void registerFrameSelectionSteps(StepRegistry& registry);

// Geometry for any imager: rotation to north, rebinning.
void registerGeometrySteps(StepRegistry& registry);

// Steps for any imager: choosing frames, geometry.
std::unique_ptr<Step> makeRejectListStep();
std::unique_ptr<Step> makeSelectImagesStep();
std::unique_ptr<Step> makeRotateNorthStep();
std::unique_ptr<Step> makeRebinStep();

} // namespace hb::steps
