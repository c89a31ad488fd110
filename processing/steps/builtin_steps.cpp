#include "steps/common/common_steps.h"
#include "steps/detect/detect_steps.h"
#include "steps/lasco/lasco_steps.h"
#include "steps/secchi/secchi_steps.h"
#include "steps/sequence/sequence_steps.h"
#include "steps/step_registry.h"

namespace hb::steps {

const StepRegistry& builtinSteps()
{
    // Registration order is the order the steps are offered in: frame selection, then each
    // mission's Level 0 -> 1 in pipeline order, then geometry, then L3 enhancement, then the detectors.
    static const StepRegistry registry = [] {
        StepRegistry r;
        r.add(makeRejectListStep());
        r.add(makeSelectImagesStep());
        r.add(makeSecchiMissingBlocksStep());
        r.add(makeSecchiSebIpStep());
        r.add(makeSecchiSummingStep());
        r.add(makeSecchiBiasStep());
        r.add(makeSecchiExposureStep());
        r.add(makeSecchiCalibrationFactorStep());
        r.add(makeSecchiCalibrationImageStep());
        r.add(makeLascoMissingBlocksStep());
        r.add(makeLascoBiasExposureStep());
        r.add(makeLascoCalibrationFactorStep());
        r.add(makeLascoVignettingStep());
        r.add(makeRotateNorthStep());
        r.add(makeRebinStep());
        r.add(makeBackgroundStep());
        r.add(makeRunningDifferenceStep());
        r.add(makeBaseDifferenceStep());
        r.add(makeTemporalSmoothingStep());
        r.add(makeNoiseGateStep());
        r.add(makeNrgfStep());
        r.add(makeDetectMissingBlocksStep());
        r.add(makeDetectCorruptedStep());
        r.add(makeDetectCosmicRaysStep());
        r.add(makeDetectTransientsStep());
        return r;
    }();
    return registry;
}

} // namespace hb::steps
