#include "core/image_statistics.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace hb {

namespace {
// Nearest-rank percentile on a vector that nth_element may reorder.
double percentile(std::vector<float>& values, double fraction)
{
    const auto k = static_cast<std::size_t>(std::llround(fraction * static_cast<double>(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}
} // namespace

ImageStatistics computeStatistics(const Image& image, MaskBits maskedOut)
{
    ImageStatistics s;
    std::vector<float> values;
    values.reserve(image.pixelCount());
    const auto pixels = image.pixels();
    const auto mask = image.mask();
    double sum = 0.0;
    for (std::size_t i = 0; i < pixels.size(); ++i) {
        const float v = pixels[i];
        if (!std::isfinite(v)) {
            ++s.nonFinite;
            continue;
        }
        if ((mask[i] & maskedOut) != 0) {
            ++s.masked;
            continue;
        }
        values.push_back(v);
        sum += v;
        if (v == 0.0f)
            ++s.zeros;
    }
    s.count = values.size();
    if (values.empty())
        return s;
    const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
    s.min = *mn;
    s.max = *mx;
    s.mean = sum / static_cast<double>(s.count);
    double sq = 0.0;
    for (float v : values)
        sq += (v - s.mean) * (v - s.mean);
    s.stddev = std::sqrt(sq / static_cast<double>(s.count));
    s.p01 = percentile(values, 0.01);
    s.p99 = percentile(values, 0.99);
    s.median = percentile(values, 0.5);
    return s;
}

} // namespace hb
