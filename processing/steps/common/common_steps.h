#pragma once

#include "steps/step.h"

#include <memory>

namespace hb::steps {

// Steps for any imager: choosing frames, geometry.
std::unique_ptr<Step> makeRejectListStep();
std::unique_ptr<Step> makeSelectImagesStep();
std::unique_ptr<Step> makeRotateNorthStep();
std::unique_ptr<Step> makeRebinStep();

} // namespace hb::steps
