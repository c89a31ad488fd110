#pragma once

#include "core/image.h"

#include <cstddef>
#include <optional>

namespace hb {

// Statistics over the finite pixels of an image (NaN and inf are counted, not included).
// `maskedOut`: pixels carrying any of these mask bits are left out as well.
struct ImageStatistics {
    std::size_t count = 0;      // pixels included
    std::size_t nonFinite = 0;  // NaN or inf
    std::size_t zeros = 0;      // included pixels equal to 0 (onboard masks, telemetry gaps)
    std::size_t masked = 0;     // finite pixels left out by `maskedOut`
    double min = 0, max = 0, mean = 0, stddev = 0;
    double median = 0, p01 = 0, p99 = 0;
};

ImageStatistics computeStatistics(const Image& image, MaskBits maskedOut = 0);

} // namespace hb
