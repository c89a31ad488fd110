#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace hb {

// Points to draw a column of a series at some zoom: in time order, with NaN values where the
// line must break (a gap, a run of fill values).
struct DecimatedPoints {
    std::vector<std::int64_t> time;
    std::vector<double> value;
    bool raw = false;  // every sample of the range, not bucket extremes
};

// The decimation pyramid of one column: buckets of 16, 64, 256... samples, each knowing its
// first, minimum, maximum and last finite sample and the longest time step inside it. Built once
// in O(n) (about 2 bytes per sample); a query for any time range returns at most about two
// points per pixel (first/min/max/last of buckets two pixels wide) and breaks the line at every
// gap wider than both `gapNs` and a pixel, so that no zoom draws across missing data and no
// spike is lost. NaN values (fill) are skipped; the step across them counts as a gap.
class SeriesPyramid {
public:
    SeriesPyramid() = default;
    // `time` strictly increasing; `values` the same length. The pyramid keeps no reference to
    // them: query() takes the same arrays again.
    SeriesPyramid(std::span<const std::int64_t> time, std::span<const double> values, std::int64_t gapNs);

    DecimatedPoints query(std::span<const std::int64_t> time, std::span<const double> values, std::int64_t from,
                          std::int64_t to, int pixels) const;

    std::size_t levels() const noexcept { return m_levels.size(); }
    std::size_t bytes() const noexcept;
    std::int64_t gapNs() const noexcept { return m_gapNs; }

private:
    struct Bucket {
        std::uint32_t first, last, min, max;  // sample indices of finite values; first == kEmpty: none
        std::int64_t longestStep;             // between finite samples inside the bucket
    };
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

    std::size_t bucketSamples(std::size_t level) const noexcept { return std::size_t(16) << (2 * level); }
    void emitBucket(std::span<const std::int64_t> time, std::span<const double> values, std::size_t level,
                    std::size_t index, std::int64_t breakNs, DecimatedPoints& out, std::int64_t& lastTime) const;

    std::vector<std::vector<Bucket>> m_levels;
    std::int64_t m_gapNs = 0;
    std::size_t m_samples = 0;
};

} // namespace hb
