#include "steps/detect/detect_steps.h"

#include "kernel/step_registry.h"

namespace hb::steps {

void registerDetectorSteps(StepRegistry& registry)
{
    registry.add(makeDetectMissingBlocksStep());
    registry.add(makeDetectCorruptedStep());
    registry.add(makeDetectCosmicRaysStep());
    registry.add(makeDetectTransientsStep());
}

} // namespace hb::steps
