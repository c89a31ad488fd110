#include "render/display_scaling.h"

#include "render/row_blocks.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace hb::render {

namespace {


constexpr MaskBits kHidden = MaskBit::Missing | MaskBit::OutsideFov;

bool shown(float v, MaskBits m)
{
    return std::isfinite(v) && (m & kHidden) == 0;
}

std::vector<float> sampleShown(const Image& image, bool skipZeros)
{
    std::vector<float> values;
    const auto px = image.pixels();
    const auto mask = image.mask();
    const std::size_t step = statisticsSampleStride(px.size());
    values.reserve(px.size() / step + 1);
    for (std::size_t i = 0; i < px.size(); i += step)
        if (shown(px[i], mask[i]) && !(skipZeros && px[i] == 0.0f))
            values.push_back(px[i]);
    return values;
}

// Every output row, bottom image row first, on both cores: shown pixels take the colour at the
// table index `level(value)` gives, undefined ones the darkest colour.
template <class Level>
void drawRows(const Image& image, const ColorTable& table, std::uint32_t* out, int stride, const Level& level)
{
    const int w = image.width(), h = image.height();
    const auto px = image.pixels();
    const auto mask = image.mask();
    forEachRowBlock(h, [&](int y0, int y1) {
        for (int y = y0; y < y1; ++y) {
            const std::size_t row = static_cast<std::size_t>(h - 1 - y) * static_cast<std::size_t>(w);
            std::uint32_t* dst = out + static_cast<std::ptrdiff_t>(y) * stride;
            for (int x = 0; x < w; ++x) {
                const float v = px[row + static_cast<std::size_t>(x)];
                dst[x] = shown(v, mask[row + static_cast<std::size_t>(x)]) ? table[level(v)] : table[0];
            }
        }
    });
}

// Histogram equalisation as 255 thresholds: the quantiles of the shown pixels. A binned
// histogram cannot do it: coronagraph data put a quarter of the pixels into the lowest of
// thousands of bins, which would then all share one grey level.
std::array<float, 255> equalizationThresholds(const Image& image)
{
    std::vector<float> values = sampleShown(image, false);
    std::array<float, 255> thresholds{};
    if (values.empty())
        return thresholds;
    std::sort(values.begin(), values.end());
    for (std::size_t k = 0; k < thresholds.size(); ++k)
        thresholds[k] = values[(k + 1) * (values.size() - 1) / 256];
    return thresholds;
}

} // namespace

std::string_view stretchName(Stretch s) noexcept
{
    switch (s) {
    case Stretch::Linear: return "linear";
    case Stretch::Sqrt: return "sqrt";
    case Stretch::Log: return "log";
    case Stretch::Asinh: return "asinh";
    case Stretch::HistogramEqualization: return "histeq";
    }
    return "linear";
}

DisplayRange percentileRange(const Image& image, double lowPercent, double highPercent, bool skipZeros)
{
    std::vector<float> values = sampleShown(image, skipZeros);
    return percentilesOf(values, lowPercent, highPercent);
}

DisplayRange percentilesOf(std::vector<float>& values, double lowPercent, double highPercent)
{
    if (values.empty())
        return {0.0, 1.0};
    auto at = [&](double percent) {
        const auto k = static_cast<std::size_t>(std::clamp(percent, 0.0, 100.0) / 100.0 * static_cast<double>(values.size() - 1));
        std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
        return static_cast<double>(values[k]);
    };
    DisplayRange r{at(lowPercent), at(highPercent)};
    if (!(r.high > r.low))
        r.high = r.low + 1.0;
    return r;
}

void renderToRgb(const Image& image, const DisplaySettings& s, std::uint32_t* out, int stride)
{
    const ColorTable& table = colormap(s.colormap);
    DisplayRange r = s.range;
    if (!(r.high > r.low))
        r.high = r.low + 1.0;
    const double span = r.high - r.low;
    const double a = std::max(1e-6, s.asinhSoftening);
    const double asinhNorm = std::asinh(1.0 / a);
    if (s.stretch == Stretch::HistogramEqualization) {
        const auto thresholds = equalizationThresholds(image);
        drawRows(image, table, out, stride, [&](float v) {
            return static_cast<std::size_t>(std::upper_bound(thresholds.begin(), thresholds.end(), v) - thresholds.begin());
        });
        return;
    }

    // The stretch as a 4096-entry look-up table on the normalised value: one multiply and one
    // table read per pixel whatever the stretch.
    constexpr int kLut = 4096;
    std::array<std::uint8_t, kLut> lut{};
    for (int i = 0; i < kLut; ++i) {
        const double x = i / static_cast<double>(kLut - 1);
        double y = x;
        switch (s.stretch) {
        case Stretch::Linear: break;
        case Stretch::Sqrt: y = std::sqrt(x); break;
        case Stretch::Log: y = std::log10(1.0 + 999.0 * x) / 3.0; break;
        case Stretch::Asinh: y = std::asinh(x / a) / asinhNorm; break;
        case Stretch::HistogramEqualization: break;  // handled above
        }
        lut[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(std::clamp(std::lround(y * 255.0), 0L, 255L));
    }
    const float scale = static_cast<float>((kLut - 1) / span);
    const float low = static_cast<float>(r.low);
    drawRows(image, table, out, stride, [&](float v) {
        const int index = static_cast<int>(std::clamp((v - low) * scale + 0.5f, 0.0f, static_cast<float>(kLut - 1)));
        return static_cast<std::size_t>(lut[static_cast<std::size_t>(index)]);
    });
}

void overlayMask(const Image& image, MaskBits maskBits, std::uint32_t colour, float alpha, std::uint32_t* out, int stride)
{
    const int w = image.width(), h = image.height();
    const auto mask = image.mask();
    const float keep = 1.0f - alpha;
    auto blend = [&](std::uint32_t pixel, int shift) {
        const float a = static_cast<float>((pixel >> shift) & 0xFFu), b = static_cast<float>((colour >> shift) & 0xFFu);
        return static_cast<std::uint32_t>(a * keep + b * alpha + 0.5f) << shift;
    };
    for (int y = 0; y < h; ++y) {
        const std::size_t row = static_cast<std::size_t>(h - 1 - y) * static_cast<std::size_t>(w);
        std::uint32_t* dst = out + static_cast<std::ptrdiff_t>(y) * stride;
        for (int x = 0; x < w; ++x)
            if ((mask[row + static_cast<std::size_t>(x)] & maskBits) != 0)
                dst[x] = 0xFF000000u | blend(dst[x], 16) | blend(dst[x], 8) | blend(dst[x], 0);
    }
}

} // namespace hb::render

