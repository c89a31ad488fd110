#include "steps/sequence/pixel_statistic.h"

#include "core/error.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hb::steps {

PixelStatistic::Kind pixelStatisticKind(const std::string& name)
{
    using K = PixelStatistic::Kind;
    if (name == "minimum")
        return K::Minimum;
    if (name == "median")
        return K::Median;
    if (name == "percentile")
        return K::Percentile;
    if (name == "lowest_quartile_mean")
        return K::LowQuartileMean;
    if (name == "mean")
        return K::Mean;
    throw Error({}, "\"" + name + "\" is not a pixel statistic (minimum, median, percentile, lowest_quartile_mean, mean)");
}

std::string describe(const PixelStatistic& statistic)
{
    switch (statistic.kind) {
    case PixelStatistic::Kind::Minimum: return "minimum";
    case PixelStatistic::Kind::Median: return "median";
    case PixelStatistic::Kind::Percentile: {
        std::string p = std::to_string(statistic.percentile);
        p.erase(p.find_last_not_of('0') + 1);
        if (p.back() == '.')
            p.pop_back();
        return "percentile " + p;
    }
    case PixelStatistic::Kind::LowQuartileMean: return "mean of the lowest quartile";
    case PixelStatistic::Kind::Mean: return "mean";
    }
    return {};
}

namespace {

// The `count` smallest of v[0, n) in ascending order into `smallest` (count <= n): one comparison
// for most samples when count is small, against nth_element's several passes.
void smallestInOrder(const float* v, std::size_t n, std::size_t count, float* smallest)
{
    std::size_t kept = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const float x = v[i];
        if (kept == count) {
            if (!(x < smallest[count - 1]))
                continue;
            --kept;
        }
        std::size_t j = kept++;
        for (; j > 0 && smallest[j - 1] > x; --j)
            smallest[j] = smallest[j - 1];
        smallest[j] = x;
    }
}

// Low and high ranks (backgrounds take the 1st to 20th percentile of a hundred frames) are found
// by keeping the few smallest or largest samples; middle ranks by nth_element.
constexpr std::size_t kKeptSamples = 24;

// The q-th fraction (0..1) of v[0, n), linear between ranks; may reorder v.
float quantile(float* v, std::size_t n, double q)
{
    const double h = static_cast<double>(n - 1) * q;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const double frac = h - static_cast<double>(lo);
    const bool needsNext = frac > 0 && lo + 1 < n;
    float low = 0, high = 0;
    if (lo + 2 <= kKeptSamples && n > kKeptSamples) {
        float kept[kKeptSamples];
        smallestInOrder(v, n, lo + 2, kept);
        low = kept[lo];
        high = kept[lo + 1];
    } else if (n - lo <= kKeptSamples && n > kKeptSamples) {
        // The n - lo largest, as the smallest of the negated samples.
        float kept[kKeptSamples];
        for (std::size_t i = 0; i < n; ++i)
            v[i] = -v[i];
        smallestInOrder(v, n, n - lo, kept);
        low = -kept[n - lo - 1];
        high = n - lo >= 2 ? -kept[n - lo - 2] : low;
    } else {
        std::nth_element(v, v + lo, v + n);
        low = v[lo];
        if (needsNext)
            high = *std::min_element(v + lo + 1, v + n);
    }
    if (!needsNext)
        return low;
    return static_cast<float>(low + frac * (static_cast<double>(high) - low));
}

float statisticOf(float* v, std::size_t n, const PixelStatistic& s)
{
    using K = PixelStatistic::Kind;
    switch (s.kind) {
    case K::Minimum: return *std::min_element(v, v + n);
    case K::Median: return quantile(v, n, 0.5);
    case K::Percentile: return quantile(v, n, s.percentile / 100.0);
    case K::LowQuartileMean: {
        const float limit = quantile(v, n, 0.25);
        double sum = 0;
        std::size_t used = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (v[i] <= limit) {
                sum += v[i];
                ++used;
            }
        return static_cast<float>(sum / static_cast<double>(used));
    }
    case K::Mean: {
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i)
            sum += v[i];
        return static_cast<float>(sum / static_cast<double>(n));
    }
    }
    return std::numeric_limits<float>::quiet_NaN();
}

} // namespace

void combinePixels(std::span<const float* const> layers, std::size_t count, const PixelStatistic& statistic, float* out,
                   std::span<const MaskBits* const> masks, MaskBits excluded)
{
    const std::size_t depth = layers.size();
    const std::size_t minimum = std::max<std::size_t>(1, statistic.minSamples);
    constexpr std::size_t kChunk = 256;  // pixels gathered at once: the tile stays in L2 for 100+ layers
    const int chunks = static_cast<int>((count + kChunk - 1) / kChunk);
    cv::parallel_for_(cv::Range(0, chunks), [&](const cv::Range& range) {
        std::vector<float> tile(kChunk * depth);
        std::vector<std::size_t> filled(kChunk);
        for (int c = range.start; c < range.end; ++c) {
            const std::size_t first = static_cast<std::size_t>(c) * kChunk, n = std::min(kChunk, count - first);
            std::fill(filled.begin(), filled.begin() + static_cast<std::ptrdiff_t>(n), 0);
            // Layer by layer, so each layer's pixels are read in order.
            for (std::size_t k = 0; k < depth; ++k) {
                const float* layer = layers[k] + first;
                const MaskBits* mask = masks.empty() || !masks[k] ? nullptr : masks[k] + first;
                for (std::size_t p = 0; p < n; ++p) {
                    const float value = layer[p];
                    if (std::isnan(value) || (mask && (mask[p] & excluded)))
                        continue;
                    tile[p * depth + filled[p]++] = value;
                }
            }
            for (std::size_t p = 0; p < n; ++p)
                out[first + p] = filled[p] >= minimum ? statisticOf(tile.data() + p * depth, filled[p], statistic)
                                                      : std::numeric_limits<float>::quiet_NaN();
        }
    });
}

Image combineImages(const std::vector<const Image*>& images, const PixelStatistic& statistic, MaskBits excluded)
{
    if (images.empty())
        return {};
    const int w = images.front()->width(), h = images.front()->height();
    std::vector<const float*> layers;
    std::vector<const MaskBits*> masks;
    for (const Image* image : images) {
        if (image->width() != w || image->height() != h)
            throw Error({}, "frames of different sizes cannot be combined pixel by pixel");
        layers.push_back(image->pixels().data());
        masks.push_back(image->mask().data());
    }
    Image out(w, h);
    combinePixels(layers, out.pixelCount(), statistic, out.pixels().data(), masks, excluded);
    const auto outside = static_cast<MaskBits>(MaskBit::OutsideFov);
    auto pixels = out.pixels();
    auto mask = out.mask();
    for (std::size_t p = 0; p < out.pixelCount(); ++p) {
        bool everywhereOutside = true;
        for (const Image* image : images)
            everywhereOutside = everywhereOutside && (image->mask()[p] & outside);
        if (everywhereOutside)
            mask[p] |= outside;
        if (std::isnan(pixels[p]))
            mask[p] |= static_cast<MaskBits>(MaskBit::Missing);
    }
    return out;
}

} // namespace hb::steps
