#include "steps/common/common_steps.h"

#include "kernel/step_registry.h"

namespace hb::steps {

void registerFrameSelectionSteps(StepRegistry& registry)
{
    registry.add(makeRejectListStep());
    registry.add(makeSelectImagesStep());
}

void registerGeometrySteps(StepRegistry& registry)
{
    registry.add(makeRotateNorthStep());
    registry.add(makeRebinStep());
}

} // namespace hb::steps
