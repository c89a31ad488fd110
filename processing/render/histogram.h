#pragma once

#include "core/image.h"

#include <vector>

namespace hb::render {

// Counts of the shown pixels (finite, not Missing or OutsideFov) in `bins` equal bins over
// [low, high]; values outside fall into the end bins' outside counts.
struct Histogram {
    double low = 0, high = 1;
    std::vector<double> counts;
    double below = 0, above = 0;
    double binWidth() const { return counts.empty() ? 0.0 : (high - low) / static_cast<double>(counts.size()); }
};

Histogram computeHistogram(const Image& image, double low, double high, int bins = 256);

} // namespace hb::render
