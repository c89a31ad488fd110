#include "render/difference.h"

#include "render/row_blocks.h"

#include "core/error.h"
#include "render/display_scaling.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace hb::render {

double renderDifference(const Image& a, const Image& b, std::uint32_t* out, int stride, double percentile)
{
    if (a.width() != b.width() || a.height() != b.height())
        throw Error({}, "frames of different sizes cannot be differenced (" + std::to_string(a.width()) + "x"
                            + std::to_string(a.height()) + " and " + std::to_string(b.width()) + "x"
                            + std::to_string(b.height()) + ")");
    constexpr MaskBits kUndefined = MaskBit::Missing | MaskBit::OutsideFov;
    const auto pa = a.pixels(), pb = b.pixels();
    const auto ma = a.mask(), mb = b.mask();
    auto defined = [&](std::size_t i) {
        return std::isfinite(pa[i]) && std::isfinite(pb[i]) && ((ma[i] | mb[i]) & kUndefined) == 0;
    };
    std::vector<float> magnitudes;
    const std::size_t step = statisticsSampleStride(pa.size());
    for (std::size_t i = 0; i < pa.size(); i += step)
        if (defined(i))
            magnitudes.push_back(std::fabs(pa[i] - pb[i]));
    double scale = 1.0;
    if (!magnitudes.empty()) {
        const auto k = static_cast<std::size_t>(std::clamp(percentile, 0.0, 100.0) / 100.0 * static_cast<double>(magnitudes.size() - 1));
        std::nth_element(magnitudes.begin(), magnitudes.begin() + static_cast<std::ptrdiff_t>(k), magnitudes.end());
        scale = std::max(1e-30, static_cast<double>(magnitudes[k]));
    }
    const int w = a.width(), h = a.height();
    forEachRowBlock(h, [&](int y0, int y1) {
        for (int y = y0; y < y1; ++y) {
            const std::size_t row = static_cast<std::size_t>(h - 1 - y) * static_cast<std::size_t>(w);
            std::uint32_t* dst = out + static_cast<std::ptrdiff_t>(y) * stride;
            for (int x = 0; x < w; ++x) {
                const std::size_t i = row + static_cast<std::size_t>(x);
                float level = 127.5f;
                if (defined(i))
                    level = std::clamp(127.5f + 127.5f * static_cast<float>((pa[i] - pb[i]) / scale), 0.0f, 255.0f);
                const auto g = static_cast<std::uint32_t>(level + 0.5f);
                dst[x] = 0xFF000000u | g << 16 | g << 8 | g;
            }
        }
    });
    return scale;
}

} // namespace hb::render
