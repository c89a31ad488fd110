#pragma once

#include "instruments/instrument_family.h"

#include <vector>

namespace hb::instruments {

// Roman CGI EXCAM SCI frame layout (shared/data/excam/metadata.yaml): 1200 rows x 2200 columns;
// the 1024 x 1024 image area at row 13, column 1088; prescan columns 0-1087, of which 800-999
// give the bias; parallel overscan rows 1037-1199; serial overscan columns 2144-2199.
struct ExcamLayout {
    static constexpr int kRows = 1200, kCols = 2200;
    static constexpr int kImageRow = 13, kImageCol = 1088, kImageSize = 1024;
    static constexpr int kPrescanCols = 1088, kPrescanBiasFirst = 800, kPrescanBiasEnd = 1000;
    static constexpr int kParallelOverscanRow = 1037;
    static constexpr int kSerialOverscanCol = 2144;
};

// The same as named regions, for steps and overlays.
std::vector<DetectorRegion> excamReadoutLayout();

} // namespace hb::instruments
