#include "instruments/lasco/steps/lasco_steps.h"

#include "kernel/step_registry.h"

namespace hb::steps {

void registerLascoSteps(StepRegistry& registry)
{
    registry.add(makeLascoMissingBlocksStep());
    registry.add(makeLascoBiasExposureStep());
    registry.add(makeLascoCalibrationFactorStep());
    registry.add(makeLascoVignettingStep());
}

} // namespace hb::steps
