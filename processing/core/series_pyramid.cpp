#include "core/series_pyramid.h"

#include "core/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hb {

namespace {

constexpr std::size_t kFanOut = 4;
constexpr double kBreak = std::numeric_limits<double>::quiet_NaN();

// Where a break goes: between the two samples around it.
void addBreak(DecimatedPoints& out, std::int64_t before, std::int64_t after)
{
    out.time.push_back(before + (after - before) / 2);
    out.value.push_back(kBreak);
}

} // namespace

SeriesPyramid::SeriesPyramid(std::span<const std::int64_t> time, std::span<const double> values, std::int64_t gapNs)
    : m_gapNs(gapNs), m_samples(time.size())
{
    if (values.size() != time.size())
        throw Error({}, "a pyramid needs one value per time stamp");
    if (time.size() >= kEmpty)
        throw Error({}, "a series of more than 4 billion samples cannot be decimated in one pyramid; open fewer days");
    // Level 0 from the samples.
    std::vector<Bucket> level;
    level.reserve(time.size() / 16 + 1);
    for (std::size_t start = 0; start < time.size(); start += 16) {
        const std::size_t end = std::min(time.size(), start + 16);
        Bucket b{kEmpty, kEmpty, kEmpty, kEmpty, 0};
        for (std::size_t i = start; i < end; ++i) {
            const double v = values[i];
            if (std::isnan(v))
                continue;
            const auto index = static_cast<std::uint32_t>(i);
            if (b.first == kEmpty) {
                b.first = b.min = b.max = index;
            } else {
                b.longestStep = std::max(b.longestStep, time[i] - time[b.last]);
                if (v < values[b.min])
                    b.min = index;
                if (v > values[b.max])
                    b.max = index;
            }
            b.last = index;
        }
        level.push_back(b);
    }
    m_levels.push_back(std::move(level));
    // Each level above merges four buckets of the one below, until one bucket holds everything.
    while (m_levels.back().size() > 1) {
        const std::vector<Bucket>& below = m_levels.back();
        std::vector<Bucket> above;
        above.reserve(below.size() / kFanOut + 1);
        for (std::size_t start = 0; start < below.size(); start += kFanOut) {
            Bucket b{kEmpty, kEmpty, kEmpty, kEmpty, 0};
            for (std::size_t k = start; k < std::min(below.size(), start + kFanOut); ++k) {
                const Bucket& c = below[k];
                if (c.first == kEmpty)
                    continue;
                if (b.first == kEmpty) {
                    b = c;
                    continue;
                }
                b.longestStep = std::max({b.longestStep, c.longestStep, time[c.first] - time[b.last]});
                if (values[c.min] < values[b.min])
                    b.min = c.min;
                if (values[c.max] > values[b.max])
                    b.max = c.max;
                b.last = c.last;
            }
            above.push_back(b);
        }
        m_levels.push_back(std::move(above));
    }
}

std::size_t SeriesPyramid::bytes() const noexcept
{
    std::size_t n = 0;
    for (const auto& level : m_levels)
        n += level.capacity() * sizeof(Bucket);
    return n;
}

void SeriesPyramid::emitBucket(std::span<const std::int64_t> time, std::span<const double> values, std::size_t level,
                               std::size_t index, std::int64_t breakNs, DecimatedPoints& out, std::int64_t& lastTime) const
{
    const Bucket& b = m_levels[level][index];
    if (b.first == kEmpty)
        return;
    if (lastTime != std::numeric_limits<std::int64_t>::min() && time[b.first] - lastTime > breakNs)
        addBreak(out, lastTime, time[b.first]);
    if (b.longestStep > breakNs) {
        // A visible gap inside: draw the parts on either side of it from the finer buckets.
        if (level == 0) {
            for (std::uint32_t i = b.first; i <= b.last; ++i) {
                if (std::isnan(values[i]))
                    continue;
                if (time[i] - lastTime > breakNs && lastTime != std::numeric_limits<std::int64_t>::min())
                    addBreak(out, lastTime, time[i]);
                out.time.push_back(time[i]);
                out.value.push_back(values[i]);
                lastTime = time[i];
            }
            return;
        }
        const std::size_t below = m_levels[level - 1].size();
        for (std::size_t k = index * kFanOut; k < std::min(below, (index + 1) * kFanOut); ++k)
            emitBucket(time, values, level - 1, k, breakNs, out, lastTime);
        return;
    }
    std::uint32_t points[4] = {b.first, std::min(b.min, b.max), std::max(b.min, b.max), b.last};
    std::uint32_t previous = kEmpty;
    for (const std::uint32_t i : points) {
        if (i == previous)
            continue;
        out.time.push_back(time[i]);
        out.value.push_back(values[i]);
        previous = i;
    }
    lastTime = time[b.last];
}

DecimatedPoints SeriesPyramid::query(std::span<const std::int64_t> time, std::span<const double> values, std::int64_t from,
                                     std::int64_t to, int pixels) const
{
    if (time.size() != m_samples || values.size() != m_samples)
        throw Error({}, "a pyramid is queried with the arrays it was built from");
    DecimatedPoints out;
    if (m_samples == 0 || to < from || pixels <= 0)
        return out;
    // The range, widened by one sample each side so that the line runs on to the edges.
    std::size_t lo = static_cast<std::size_t>(std::lower_bound(time.begin(), time.end(), from) - time.begin());
    std::size_t hi = static_cast<std::size_t>(std::upper_bound(time.begin(), time.end(), to) - time.begin());
    lo = lo > 0 ? lo - 1 : 0;
    hi = std::min(m_samples, hi + 1);
    const std::int64_t pixelNs = std::max<std::int64_t>(1, (to - from) / pixels);
    const std::int64_t breakNs = std::max(m_gapNs, pixelNs);
    const std::size_t samples = hi - lo;
    std::int64_t lastTime = std::numeric_limits<std::int64_t>::min();
    if (samples <= 2 * static_cast<std::size_t>(pixels)) {
        out.raw = true;
        for (std::size_t i = lo; i < hi; ++i) {
            if (std::isnan(values[i]))
                continue;
            if (lastTime != std::numeric_limits<std::int64_t>::min() && time[i] - lastTime > m_gapNs)
                addBreak(out, lastTime, time[i]);
            out.time.push_back(time[i]);
            out.value.push_back(values[i]);
            lastTime = time[i];
        }
        return out;
    }
    // Buckets about two pixels wide: four points each, two per pixel.
    const double perPixel = static_cast<double>(samples) / pixels;
    std::size_t level = 0;
    while (level + 1 < m_levels.size() && static_cast<double>(bucketSamples(level)) < 2.0 * perPixel)
        ++level;
    const std::size_t size = bucketSamples(level);
    out.time.reserve(4 * (samples / size + 2));
    out.value.reserve(4 * (samples / size + 2));
    for (std::size_t k = lo / size; k <= (hi - 1) / size && k < m_levels[level].size(); ++k)
        emitBucket(time, values, level, k, breakNs, out, lastTime);
    return out;
}

} // namespace hb
