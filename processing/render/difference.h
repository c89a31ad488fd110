#pragma once

#include "core/image.h"

#include <cstdint>

namespace hb::render {

// Renders a - b (same size) in a diverging gray scale: mid-gray = no change, white = a brighter,
// black = a darker, scaled so that the `percentile` of |a - b| reaches the ends. Pixels undefined
// in either frame are mid-gray. Returns the scale used (the data value drawn at the ends).
double renderDifference(const Image& a, const Image& b, std::uint32_t* out, int stride, double percentile = 99.0);

} // namespace hb::render
