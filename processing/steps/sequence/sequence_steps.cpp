#include "steps/sequence/sequence_steps.h"

#include "kernel/step_registry.h"

namespace hb::steps {

void registerSequenceSteps(StepRegistry& registry)
{
    registry.add(makeBackgroundStep());
    registry.add(makeRunningDifferenceStep());
    registry.add(makeBaseDifferenceStep());
    registry.add(makeTemporalSmoothingStep());
    registry.add(makeNoiseGateStep());
    registry.add(makeNrgfStep());
}

} // namespace hb::steps
