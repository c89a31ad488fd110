#pragma once

#include "core/frame.h"
#include "core/utc_time.h"
#include "simulate/random_stream.h"

#include <nlohmann/json.hpp>
#include <string>

namespace hb::simulate {

// Roman CGI EXCAM SCI frame geometry (shared/data/excam/metadata.yaml): 1200 rows x 2200
// columns; image 1024 x 1024 at row 13, column 1088; prescan columns 0-1087 (bias from
// 800-999); parallel overscan rows 1037-1199; serial overscan columns 2144-2199.
struct ExcamGeometry {
    static constexpr int kRows = 1200, kCols = 2200;
    static constexpr int kImageRow = 13, kImageCol = 1088, kImageSize = 1024;
    static constexpr int kPrescanCols = 1088, kPrescanBiasFirst = 800, kPrescanBiasEnd = 1000;
    static constexpr int kParallelOverscanRow = 1037;
    static constexpr int kSerialOverscanCol = 2144;
};

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
