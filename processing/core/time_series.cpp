#include "core/time_series.h"

#include "core/error.h"

#include <algorithm>

namespace hb {

TimeSeries::TimeSeries(std::vector<std::int64_t> tt2000)
    : m_time(std::move(tt2000))
    , m_quality(m_time.size(), 0)
{
    if (std::adjacent_find(m_time.begin(), m_time.end(), std::greater_equal<>()) != m_time.end())
        throw Error({}, "time stamps of a time series must be strictly increasing");
}

void TimeSeries::addColumn(TimeSeriesColumn column)
{
    if (column.values.size() != m_time.size())
        throw Error({}, "column " + column.name + " has " + std::to_string(column.values.size())
                            + " values for " + std::to_string(m_time.size()) + " time stamps");
    m_columns.push_back(std::move(column));
}

const TimeSeriesColumn* TimeSeries::column(const std::string& name) const noexcept
{
    const auto it = std::find_if(m_columns.begin(), m_columns.end(), [&](const auto& c) { return c.name == name; });
    return it == m_columns.end() ? nullptr : &*it;
}

void TimeSeries::setQuality(std::vector<std::uint8_t> flags)
{
    if (flags.size() != m_time.size())
        throw Error({}, "quality flags must have one value per time stamp");
    m_quality = std::move(flags);
}

} // namespace hb
