#include "core/time_series.h"

#include "core/error.h"

#include <algorithm>
#include <map>

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

std::int64_t TimeSeries::cadence() const
{
    // A sample of the steps is enough: the mode of a day's steps shows in any 20,000 of them.
    std::map<std::int64_t, std::size_t> counts;
    const std::size_t stride = std::max<std::size_t>(1, m_time.size() / 20000);
    for (std::size_t i = stride; i < m_time.size(); i += stride)
        ++counts[m_time[i] - m_time[i - 1]];
    std::int64_t best = 0;
    std::size_t bestCount = 0;
    for (const auto& [step, count] : counts)
        if (count > bestCount)
            best = step, bestCount = count;
    return best;
}

} // namespace hb
