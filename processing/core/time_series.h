#pragma once

#include "core/observation_info.h"

#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace hb {

// Attributes of the source, as text, in the source's order (CDF: global and per-variable).
struct SeriesMetadata {
    std::vector<std::pair<std::string, std::vector<std::string>>> global;
    std::vector<std::pair<std::string, std::string>> variable;  // of the variable the series was read from
    std::string variableName;
};

// Samples on one time axis: CDF TT2000 nanoseconds (see utc_time.h for conversions), strictly
// increasing. Each column is one named quantity with its unit and coordinate system (e.g. "BR",
// "nT", "RTN"); `quality` holds one flag byte per sample (0 = good). Vector data are stored as
// one column per component so that views and averaging work column by column.
struct TimeSeriesColumn {
    std::string name;
    std::string unit;
    std::string coordinateSystem;
    std::vector<double> values;  // NaN where the instrument wrote a fill value
    // The value the source writes for "no data" (CDF FILLVAL, flat-file ERROR FLAG), to write back.
    double fillValue = std::numeric_limits<double>::quiet_NaN();
    // Stored as 4-byte floats at the source: written back (CSV, CDF) in the shortest form that
    // reads back to the same float, not to the same double.
    bool singlePrecision = false;
};

// Per-sample quality bits, like the image mask's.
enum class SampleQuality : std::uint8_t {
    Fill = 1,               // the instrument's fill value: the value is NaN
    OutsideValidRange = 2,  // outside VALIDMIN .. VALIDMAX: kept, but not to be trusted
    OutsideFileDay = 4,     // a record beyond the UTC day its daily file covers
    Spike = 8,              // a detector's or a scientist's verdict: a spike
    Flagged = 16,           // flagged bad by the scientist (an accepted interval flag)
};
constexpr std::uint8_t qualityBit(SampleQuality q) noexcept { return static_cast<std::uint8_t>(q); }

class TimeSeries {
public:
    TimeSeries() = default;
    explicit TimeSeries(std::vector<std::int64_t> tt2000);

    std::size_t size() const noexcept { return m_time.size(); }
    const std::vector<std::int64_t>& time() const noexcept { return m_time; }
    const std::vector<TimeSeriesColumn>& columns() const noexcept { return m_columns; }
    const std::vector<std::uint8_t>& quality() const noexcept { return m_quality; }

    // Throws hb::Error when `column.values` does not have one value per time stamp.
    void addColumn(TimeSeriesColumn column);
    const TimeSeriesColumn* column(const std::string& name) const noexcept;
    void setQuality(std::vector<std::uint8_t> flags);
    void markQuality(std::size_t sample, SampleQuality bit) noexcept { m_quality[sample] |= qualityBit(bit); }
    // Where each file of a series joined from several begins (sample indices, the first is 0).
    const std::vector<std::size_t>& fileStarts() const noexcept { return m_fileStarts; }
    void setFileStarts(std::vector<std::size_t> starts) { m_fileStarts = std::move(starts); }
    // The most common step between samples in ns (0 with fewer than two samples): 125 ms for an
    // 8 Hz MAG day even when bursts and gaps interrupt it.
    std::int64_t cadence() const;

    // What the series is (mission, spacecraft, instrument, level, time range, file) and the
    // attributes it came with.
    ObservationInfo info;
    SeriesMetadata metadata;

private:
    std::vector<std::int64_t> m_time;
    std::vector<TimeSeriesColumn> m_columns;
    std::vector<std::uint8_t> m_quality;
    std::vector<std::size_t> m_fileStarts;
};

} // namespace hb
