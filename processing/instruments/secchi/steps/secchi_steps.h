#pragma once

#include "kernel/step.h"

#include <memory>

namespace hb::steps {

class StepRegistry;

// SECCHI Level 0.5 -> 1 in pipeline order.
void registerSecchiSteps(StepRegistry& registry);

// SECCHI Level 0.5 -> 1 (SSW secchi_prep / cor_prep order: IP fix, summing, bias, exposure,
// calibration factor, calibration image; missing blocks at any point before backgrounds).
inline const std::vector<std::string> kSecchiDetectors{"COR1", "COR2", "EUVI", "HI1", "HI2"};

std::unique_ptr<Step> makeSecchiSebIpStep();
std::unique_ptr<Step> makeSecchiSummingStep();
std::unique_ptr<Step> makeSecchiBiasStep();
std::unique_ptr<Step> makeSecchiExposureStep();
std::unique_ptr<Step> makeSecchiCalibrationFactorStep();
std::unique_ptr<Step> makeSecchiCalibrationImageStep();
std::unique_ptr<Step> makeSecchiMissingBlocksStep();

// CCD pixels the image processor added into one image pixel: (2^(IPSUM-1))^2.
double secchiPixelsSummed(double ipsum);

// The onboard image-processing codes of IP_00_19: 20 three-character fields (the card may lose
// its leading blanks; it is left-padded to 60 characters first).
std::vector<int> secchiIpCodes(const std::string& ip0019);
// The multiplier that undoes the onboard divisions listed in `codes` (ALGORITHMS-DETAIL A.4),
// with code 1 counted once less when DIV2CORR says that division was already corrected.
double secchiIpDivisionFactor(const std::vector<int>& codes, bool div2Corrected);

} // namespace hb::steps
