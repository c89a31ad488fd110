#pragma once

#include "core/frame.h"
#include "core/utc_time.h"
#include "instruments/excam/excam_layout.h"
#include "simulate/random_stream.h"

#include <nlohmann/json.hpp>
#include <string>

namespace hb::simulate {

struct ExcamExposure {
    Frame frame;                // image = raw DN (1200 x 2200), header = HDU-1 cards
    Header primary;             // primary HDU cards (empty data)
    nlohmann::ordered_json truth;
    std::string fileName;
};

// One L1 frame: a coronagraph dark-hole speckle field photon-counted through the EM register
// (gamma-distributed gain), clock-induced charge, dark current, read noise, a bias with a
// fixed row pattern, and cosmic-ray hits with tails along the serial direction.
ExcamExposure simulateExcamFrame(UtcTime start, int index, RandomStream& rng);

} // namespace hb::simulate
