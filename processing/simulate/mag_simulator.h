#pragma once

#include "run/run_context.h"
#include "simulate/simulator.h"

#include <string>
#include <vector>

namespace hb::simulate {

// STEREO-A IMPACT MAG L1-style days (see SimulationRequest; `count` is days): per day
// STA_L1_MAG_RTN_yyyymmdd_V06.cdf and STA_L1_MAG_SC_..., with `burst` also STA_L1_MAGB_RTN/SC_...
// (32 Hz inside burst intervals), each with '<file>.truth.json'; then the month's SolarSoft
// counts table(s) YYYYMMStereoACounts.asc and the SC -> RTN rotation rows
// STA_SC_RTN_ROTATION_yyyymmdd.txt. Returns the paths written, days in order.
std::vector<std::string> simulateMag(const SimulationRequest& request, UtcTime start, const steps::RunContext& run);

} // namespace hb::simulate
