#pragma once

#include "core/image.h"
#include "render/colormap.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hb::render {

enum class Stretch { Linear, Sqrt, Log, Asinh, HistogramEqualization };
std::string_view stretchName(Stretch s) noexcept;  // linear sqrt log asinh histeq

// Data values mapped to the ends of the colour table.
struct DisplayRange {
    double low = 0.0;
    double high = 1.0;
};

// Percentile limits over the pixels worth showing: finite, not Missing or OutsideFov, and
// (when `skipZeros`) not exactly zero — LASCO onboard mask blocks would otherwise pull the
// lower limit to 0. Percentiles in 0..100. A constant image gives [v, v + 1].
DisplayRange percentileRange(const Image& image, double lowPercent, double highPercent, bool skipZeros = true);
// The same limits from values already chosen (reordered in place); empty gives [0, 1].
DisplayRange percentilesOf(std::vector<float>& values, double lowPercent, double highPercent);

// Statistics for display (limits, equalisation, difference scale) read every n-th pixel, about
// 262,144 of them: enough for 8-bit output, under a millisecond per frame.
inline std::size_t statisticsSampleStride(std::size_t pixels) noexcept
{
    return pixels / 262144 > 1 ? pixels / 262144 : 1;
}

struct DisplaySettings {
    DisplayRange range;
    Stretch stretch = Stretch::Linear;
    std::string colormap = "gray";
    double asinhSoftening = 0.1;  // asinh(x / a) / asinh(1 / a) on the normalised value
};

// Renders into 0xFFRRGGBB pixels (`stride` in pixels), row 0 of the output = the top of the
// picture = the LAST image row, so that FITS y increases upwards as astronomers draw it.
// Undefined pixels (NaN, Missing) are drawn in the colour table's darkest entry.
// Histogram equalisation maps the quantiles of the shown pixels to equal steps (the range is
// not used).
void renderToRgb(const Image& image, const DisplaySettings& settings, std::uint32_t* out, int stride);

// Blends `colour` (0xRRGGBB) with weight `alpha` (0..1) over the rendered pixels whose mask
// carries any of `maskBits`; same orientation as renderToRgb.
void overlayMask(const Image& image, MaskBits maskBits, std::uint32_t colour, float alpha, std::uint32_t* out, int stride);

} // namespace hb::render
