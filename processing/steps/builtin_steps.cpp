#include "steps/common/common_steps.h"
#include "steps/detect/detect_steps.h"
#include "steps/sequence/sequence_steps.h"
#include "instruments/instrument_family.h"
#include "kernel/step_registry.h"

namespace hb::steps {

std::vector<StepFamily> builtinFamilies()
{
    // Family order is the order steps are offered in: frame selection, then each instrument
    // family's Level 0 -> 1 in pipeline order, then geometry, then L3 enhancement, then the detectors.
    std::vector<StepFamily> families{registerFrameSelectionSteps};
    for (const instruments::InstrumentFamily* family : instruments::instrumentFamilies())
        families.push_back([family](StepRegistry& registry) { family->registerSteps(registry); });
    families.insert(families.end(), {registerGeometrySteps, registerSequenceSteps, registerDetectorSteps});
    return families;
}

const StepRegistry& builtinSteps()
{
    static const StepRegistry registry = makeRegistry(builtinFamilies());
    return registry;
}

} // namespace hb::steps
