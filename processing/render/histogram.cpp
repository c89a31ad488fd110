#include "render/histogram.h"

#include <cmath>

namespace hb::render {

Histogram computeHistogram(const Image& image, double low, double high, int bins)
{
    Histogram h;
    h.low = low;
    h.high = high > low ? high : low + 1.0;
    h.counts.assign(static_cast<std::size_t>(std::max(1, bins)), 0.0);
    const double scale = static_cast<double>(h.counts.size()) / (h.high - h.low);
    const auto px = image.pixels();
    const auto mask = image.mask();
    constexpr MaskBits kHidden = MaskBit::Missing | MaskBit::OutsideFov;
    for (std::size_t i = 0; i < px.size(); ++i) {
        const double v = px[i];
        if (!std::isfinite(v) || (mask[i] & kHidden) != 0)
            continue;
        if (v < h.low) {
            h.below += 1;
        } else if (v >= h.high) {
            h.above += 1;
        } else {
            h.counts[static_cast<std::size_t>((v - h.low) * scale)] += 1;
        }
    }
    return h;
}

} // namespace hb::render
