#include "steps/common/common_steps.h"
#include "steps/detect/detect_steps.h"
#include "steps/lasco/lasco_steps.h"
#include "steps/secchi/secchi_steps.h"
#include "steps/sequence/sequence_steps.h"
#include "kernel/step_registry.h"

namespace hb::steps {

std::vector<StepFamily> builtinFamilies()
{
    // Family order is the order steps are offered in: frame selection, then each mission's
    // Level 0 -> 1 in pipeline order, then geometry, then L3 enhancement, then the detectors.
    return {registerFrameSelectionSteps, registerSecchiSteps,   registerLascoSteps,
            registerGeometrySteps,       registerSequenceSteps, registerDetectorSteps};
}

const StepRegistry& builtinSteps()
{
    static const StepRegistry registry = makeRegistry(builtinFamilies());
    return registry;
}

} // namespace hb::steps
