#pragma once

#include "core/image.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace hb::steps {

// A statistic taken per pixel over a stack of frames (backgrounds, base frames, smoothing).
struct PixelStatistic {
    enum class Kind {
        Minimum,
        Median,
        Percentile,       // linear between the two nearest ranks, as numpy's default
        LowQuartileMean,  // mean of the samples at or below the 25th percentile (UKSSDC F-corona)
        Mean,
    };
    Kind kind = Kind::Median;
    double percentile = 50;      // for Percentile, 0..100
    std::size_t minSamples = 1;  // fewer defined samples give NaN
};

// "minimum", "median", "percentile", "lowest_quartile_mean", "mean" and back; throws on others.
PixelStatistic::Kind pixelStatisticKind(const std::string& name);
std::string describe(const PixelStatistic& statistic);  // "median", "percentile 10", ...

// out[p] = statistic over layers[k][p] for every layer, leaving out NaN samples and samples
// whose mask (when `masks` is given, one per layer) has any of the `excluded` bits. Runs over
// OpenCV's worker threads; `out` may not alias a layer.
void combinePixels(std::span<const float* const> layers, std::size_t count, const PixelStatistic& statistic, float* out,
                   std::span<const MaskBits* const> masks = {}, MaskBits excluded = 0);

// The statistic over whole images of one size. A pixel with no defined sample is NaN and
// MISSING; OutsideFov set in every input stays set (the occulter of a background).
Image combineImages(const std::vector<const Image*>& images, const PixelStatistic& statistic, MaskBits excluded);

} // namespace hb::steps
