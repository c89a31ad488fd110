#include "io/cdf/cdf_series.h"

#include "core/error.h"
#include "core/large_buffer.h"
#include "io/cdf/cdf_identify.h"
#include "io/cdf/cdf_series_support.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hb::io::cdf {

using namespace series_support;

namespace {

constexpr std::int64_t kNsPerDay = 86400LL * 1000000000LL;
constexpr std::int64_t kChunkRecords = 65536;

// The arrays of a series being read, file after file, straight from the mapped files: memory is
// the series itself, not a copy per day.
struct SeriesAccumulator {
    std::vector<std::int64_t> time;
    std::vector<std::uint8_t> quality;
    std::vector<std::vector<double>> columns;
    std::vector<std::size_t> fileStarts;
    std::vector<TimeSeriesColumn> columnInfo;  // names, unit, frame, fill of the first file
    ObservationInfo firstInfo, lastInfo;
    SeriesMetadata metadata;

    void reserve(std::size_t samples, std::size_t components)
    {
        reserveLarge(time, samples);
        reserveLarge(quality, samples);
        columns.resize(components);
        for (auto& c : columns)
            reserveLarge(c, samples);
    }
    void truncate(std::size_t samples)
    {
        time.resize(samples);
        quality.resize(samples);
        for (auto& c : columns)
            c.resize(std::min(c.size(), samples));
    }
};

struct VariableToRead {
    const CdfVariable* variable = nullptr;
    const CdfVariable* depend = nullptr;
    std::int64_t records = 0;
};

VariableToRead checkVariable(const CdfFile& file, const std::string& name, std::vector<std::string>* warnings)
{
    const CdfVariable& variable = file.requireVariable(name);
    if (isText(variable.type) || isTime(variable.type))
        throw Error(file.path(), "variable " + name + " is " + std::string(dataTypeName(variable.type)) + ", not a series of numbers");
    const std::string dependName = variable.attributeText("DEPEND_0");
    if (dependName.empty())
        throw Error(file.path(), "variable " + name + " names no time variable (no DEPEND_0 attribute)");
    const CdfVariable& depend = file.requireVariable(dependName);
    if (!isTime(depend.type))
        throw Error(file.path(), "the time variable " + dependName + " of " + name + " is " + std::string(dataTypeName(depend.type)) +
                                     ", not a time (CDF_EPOCH, CDF_EPOCH16 or CDF_TIME_TT2000)");
    const std::int64_t records = std::min(variable.recordCount(), depend.recordCount());
    if (variable.recordCount() != depend.recordCount() && warnings)
        warnings->push_back(name + " has " + std::to_string(variable.recordCount()) + " records and its times " + dependName + " " +
                            std::to_string(depend.recordCount()) + "; the first " + std::to_string(records) + " are read");
    return {&variable, &depend, records};
}

// Appends a file's records later than the last one held. Records of the previous file beyond its
// day that this file holds in its own day give way first. On an error nothing of this file stays.
void appendFile(const CdfFile& file, const VariableToRead& v, SeriesAccumulator& acc, std::vector<std::string>* warnings)
{
    const CdfVariable& variable = *v.variable;
    const std::uint64_t components = variable.valuesPerRecord();
    const bool first = acc.fileStarts.empty();
    if (first) {
        acc.columns.resize(components);
    } else if (acc.columns.size() != components) {
        throw Error(file.path(), "variable " + variable.name + " has " + std::to_string(components) + " components here and " +
                                     std::to_string(acc.columns.size()) + " in the files before");
    }
    const std::size_t before = acc.time.size();
    try {
        const std::vector<std::int64_t> firstTime = file.readTimes(*v.depend, 0, std::min<std::int64_t>(v.records, 1));
        if (!firstTime.empty() && firstTime.front() != CdfFile::kTimeFill)
            while (acc.time.size() > (acc.fileStarts.empty() ? 0 : acc.fileStarts.back()) && acc.time.back() >= firstTime.front() &&
                   (acc.quality.back() & qualityBit(SampleQuality::OutsideFileDay)))
                acc.truncate(acc.time.size() - 1);
        const std::size_t start = acc.time.size();

        const double fill = firstNumber(variable, "FILLVAL", std::numeric_limits<double>::quiet_NaN());
        const double validMin = firstNumber(variable, "VALIDMIN", -std::numeric_limits<double>::infinity());
        const double validMax = firstNumber(variable, "VALIDMAX", std::numeric_limits<double>::infinity());
        const bool single = variable.type == DataType::Real4 || variable.type == DataType::Float;
        const float fillAsFloat = static_cast<float>(fill);
        std::vector<double> chunk(static_cast<std::size_t>(std::min(v.records, kChunkRecords) * static_cast<std::int64_t>(components)));
        std::size_t fillTimes = 0, outOfOrder = 0, overlap = 0;
        for (std::int64_t from = 0; from < v.records; from += kChunkRecords) {
            const std::int64_t n = std::min(kChunkRecords, v.records - from);
            const std::vector<std::int64_t> times = file.readTimes(*v.depend, from, n);
            file.readNumbersInto(variable, from, n, chunk.data());
            for (std::int64_t r = 0; r < n; ++r) {
                const std::int64_t t = times[static_cast<std::size_t>(r)];
                if (t == CdfFile::kTimeFill) {
                    ++fillTimes;
                    continue;
                }
                if (!acc.time.empty() && t <= acc.time.back()) {
                    ++(acc.time.size() > start ? outOfOrder : overlap);
                    continue;
                }
                acc.time.push_back(t);
                std::uint8_t q = 0;
                for (std::uint64_t c = 0; c < components; ++c) {
                    double value = chunk[static_cast<std::size_t>(static_cast<std::uint64_t>(r) * components + c)];
                    // FILLVAL is stored in the variable's type: compare as that type does (-1e31 as a float).
                    const bool isFill = std::isnan(value) || (!std::isnan(fill) && (single ? static_cast<float>(value) == fillAsFloat : value == fill));
                    if (isFill) {
                        value = std::numeric_limits<double>::quiet_NaN();
                        q |= qualityBit(SampleQuality::Fill);
                    } else if (value < validMin || value > validMax) {
                        q |= qualityBit(SampleQuality::OutsideValidRange);
                    }
                    acc.columns[c].push_back(value);
                }
                acc.quality.push_back(q);
            }
        }
        // A daily file's records beyond its UTC day (MAG L1 days end with a few of the next day's).
        if (const auto day = dayOfFileName(file.path())) {
            const std::int64_t dayStart = tt2000FromUtc(*day), dayEnd = tt2000FromUtc({day->nanoseconds + kNsPerDay});
            for (std::size_t k = start; k < acc.time.size(); ++k)
                if (acc.time[k] < dayStart || acc.time[k] >= dayEnd)
                    acc.quality[k] |= qualityBit(SampleQuality::OutsideFileDay);
        }
        if (warnings && fillTimes)
            warnings->push_back(std::to_string(fillTimes) + " records of " + variable.name + " have a fill time and are left out");
        if (warnings && outOfOrder)
            warnings->push_back(std::to_string(outOfOrder) + " records of " + variable.name + " are not later than the one before and are left out");
        if (warnings && overlap && !first)
            warnings->push_back(std::to_string(overlap) + " records of " + variable.name + " lie in the time of the files before and are left out");

        const ObservationInfo info = identify(file);
        if (first) {
            const std::vector<std::string> names = componentNames(file, variable, components);
            const std::string frame = coordinateSystemOf(variable, info.dataset.value_or(std::string()));
            for (std::uint64_t c = 0; c < components; ++c) {
                TimeSeriesColumn column;
                column.name = names[c];
                column.unit = variable.attributeText("UNITS");
                column.singlePrecision = single;
                column.coordinateSystem = frame;
                column.fillValue = fill;
                acc.columnInfo.push_back(std::move(column));
            }
            acc.firstInfo = info;
            acc.metadata = metadataOf(file, variable);
        }
        acc.lastInfo = info;
        acc.fileStarts.push_back(start);
    } catch (...) {
        acc.truncate(before);
        throw;
    }
}

TimeSeries finish(SeriesAccumulator&& acc)
{
    TimeSeries series(std::move(acc.time));
    series.setQuality(std::move(acc.quality));
    for (std::size_t c = 0; c < acc.columns.size(); ++c) {
        TimeSeriesColumn column = std::move(acc.columnInfo[c]);
        column.values = std::move(acc.columns[c]);
        series.addColumn(std::move(column));
    }
    series.setFileStarts(std::move(acc.fileStarts));
    series.info = std::move(acc.firstInfo);
    series.info.endTime = acc.lastInfo.endTime;
    series.metadata = std::move(acc.metadata);
    return series;
}

} // namespace

TimeSeries readSeries(const CdfFile& file, const std::string& name, std::vector<std::string>* warnings)
{
    const VariableToRead v = checkVariable(file, name, warnings);
    SeriesAccumulator acc;
    acc.reserve(static_cast<std::size_t>(v.records), v.variable->valuesPerRecord());
    appendFile(file, v, acc, warnings);
    return finish(std::move(acc));
}

TimeSeries readJoinedSeries(const std::vector<std::string>& paths, const std::string& name, SeriesReadReport* report)
{
    struct Opened {
        CdfFile file;
        VariableToRead variable;
        std::int64_t firstTime;
        std::vector<std::string> warnings;
    };
    std::vector<Opened> opened;
    const auto fail = [&](const Error& e) {
        if (!report)
            throw e;
        report->errors.push_back(e.what());
    };
    std::size_t samples = 0;
    for (const std::string& path : paths) {
        try {
            CdfFile file = CdfFile::open(path);
            std::vector<std::string> warnings;
            const VariableToRead v = checkVariable(file, name, &warnings);
            const std::vector<std::int64_t> t = file.readTimes(*v.depend, 0, std::min<std::int64_t>(v.records, 1));
            samples += static_cast<std::size_t>(v.records);
            opened.push_back({std::move(file), v, t.empty() ? INT64_MAX : t.front(), std::move(warnings)});
        } catch (const Error& e) {
            fail(e);
        }
    }
    std::stable_sort(opened.begin(), opened.end(), [](const Opened& a, const Opened& b) { return a.firstTime < b.firstTime; });
    SeriesAccumulator acc;
    if (!opened.empty())
        acc.reserve(samples, opened.front().variable.variable->valuesPerRecord());
    for (Opened& o : opened) {
        try {
            appendFile(o.file, o.variable, acc, &o.warnings);
            if (report)
                for (const std::string& w : o.warnings)
                    report->warnings.push_back(o.file.path() + ": " + w);
        } catch (const Error& e) {
            fail(e);
        }
    }
    if (acc.fileStarts.empty())
        throw Error(paths.empty() ? std::string() : paths.front(), "no file with variable " + name + " could be read");
    return finish(std::move(acc));
}

TimeSeries joinSeries(std::vector<TimeSeries> parts)
{
    std::erase_if(parts, [](const TimeSeries& s) { return s.size() == 0; });
    if (parts.empty())
        return TimeSeries();
    std::stable_sort(parts.begin(), parts.end(), [](const TimeSeries& a, const TimeSeries& b) { return a.time().front() < b.time().front(); });
    if (parts.size() == 1)
        return std::move(parts.front());
    const std::size_t columns = parts.front().columns().size();
    std::size_t total = 0;
    for (const TimeSeries& part : parts) {
        if (part.columns().size() != columns)
            throw Error({}, "the files do not hold the same components (" + std::to_string(columns) + " and " +
                                std::to_string(part.columns().size()) + ")");
        total += part.size();
    }
    SeriesAccumulator acc;
    acc.reserve(total, columns);
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const TimeSeries& part = parts[p];
        // Records beyond a file's day that the next file holds in its own day give way to it.
        std::size_t end = part.size();
        if (p + 1 < parts.size())
            while (end > 0 && (part.quality()[end - 1] & qualityBit(SampleQuality::OutsideFileDay))
                   && part.time()[end - 1] >= parts[p + 1].time().front())
                --end;
        acc.fileStarts.push_back(acc.time.size());
        for (std::size_t i = 0; i < end; ++i) {
            if (!acc.time.empty() && part.time()[i] <= acc.time.back())
                continue;  // any other overlap: the earlier file's samples stay
            acc.time.push_back(part.time()[i]);
            acc.quality.push_back(part.quality()[i]);
            for (std::size_t c = 0; c < columns; ++c)
                acc.columns[c].push_back(part.columns()[c].values[i]);
        }
    }
    acc.columnInfo = parts.front().columns();
    for (auto& c : acc.columnInfo)
        c.values = {};
    acc.firstInfo = parts.front().info;
    acc.lastInfo = parts.back().info;
    acc.metadata = parts.front().metadata;
    return finish(std::move(acc));
}

} // namespace hb::io::cdf
