#include "instruments/secchi/steps/secchi_steps.h"

#include "kernel/step_registry.h"

namespace hb::steps {

void registerSecchiSteps(StepRegistry& registry)
{
    registry.add(makeSecchiMissingBlocksStep());
    registry.add(makeSecchiSebIpStep());
    registry.add(makeSecchiSummingStep());
    registry.add(makeSecchiBiasStep());
    registry.add(makeSecchiExposureStep());
    registry.add(makeSecchiCalibrationFactorStep());
    registry.add(makeSecchiCalibrationImageStep());
}

} // namespace hb::steps
