#pragma once

#include "kernel/step.h"

#include <memory>
#include <optional>

namespace hb::steps {

class StepRegistry;

// LASCO Level 0.5 -> 1 in pipeline order.
void registerLascoSteps(StepRegistry& registry);

// LASCO Level 0.5 -> 1 (SSW reduce_level_1, c2_calibrate, c3_calibrate).
inline const std::vector<std::string> kLascoDetectors{"C2", "C3"};

std::unique_ptr<Step> makeLascoBiasExposureStep();
std::unique_ptr<Step> makeLascoCalibrationFactorStep();
std::unique_ptr<Step> makeLascoMissingBlocksStep();
std::unique_ptr<Step> makeLascoVignettingStep();

// The c2_calfactor / c3_calfactor value (MSB per DN/s, before summing and the 1e-10 scale) for a
// detector, filter, polariser and Modified Julian Date; nullopt for an unknown combination.
std::optional<double> lascoCalibrationFactor(const std::string& detector, const std::string& filter,
                                             const std::string& polarizer, double mjd);

} // namespace hb::steps
