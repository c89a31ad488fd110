#include "io/cdf/cdf_series.h"

#include "core/error.h"
#include "io/cdf/cdf_identify.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>

namespace hb::io::cdf {

namespace {

std::vector<std::string> componentNames(const CdfFile& file, const CdfVariable& variable, std::uint64_t components)
{
    std::vector<std::string> names;
    if (const std::string labels = variable.attributeText("LABL_PTR_1"); !labels.empty())
        if (const CdfVariable* labelVariable = file.variable(labels); labelVariable && isText(labelVariable->type))
            names = file.readText(*labelVariable, 0, 1);
    if (names.size() != components) {
        names.clear();
        for (std::uint64_t c = 0; c < components; ++c)
            names.push_back(components == 1 ? variable.name : variable.name + "_" + std::to_string(c));
    }
    return names;
}

double firstNumber(const CdfVariable& variable, const char* key, double otherwise)
{
    const CdfValue* value = variable.attribute(key);
    return value && !value->numbers.empty() ? value->numbers.front() : otherwise;
}

// The UTC day a daily file names (STA_L1_MAG_RTN_20081212_V06.cdf, psp_..._20200104_v02.cdf):
// the first run of exactly eight digits that is a date.
std::optional<UtcTime> dayOfFileName(const std::string& path)
{
    const std::string name = std::filesystem::path(path).filename().string();
    for (std::size_t i = 0; i + 8 <= name.size(); ++i) {
        const auto digit = [&](std::size_t k) { return k < name.size() && std::isdigit(static_cast<unsigned char>(name[k])); };
        if ((i > 0 && digit(i - 1)) || digit(i + 8))
            continue;
        bool all = true;
        for (std::size_t k = i; k < i + 8; ++k)
            all = all && digit(k);
        if (!all)
            continue;
        const int year = std::stoi(name.substr(i, 4)), month = std::stoi(name.substr(i + 4, 2)), day = std::stoi(name.substr(i + 6, 2));
        if (year >= 1950 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31)
            return UtcTime::fromCivil(year, month, day);
    }
    return std::nullopt;
}

// The frame of the components: the variable's COORDINATE_SYSTEM (or REFERENCE_FRAME), else a
// frame named in the dataset ("sta_l1_mag_rtn", "psp_fld_l2_mag_RTN_1min").
std::string coordinateSystemOf(const CdfVariable& variable, const std::string& dataset)
{
    for (const char* key : {"COORDINATE_SYSTEM", "REFERENCE_FRAME"})
        if (std::string text = variable.attributeText(key); !text.empty()) {
            for (char& c : text)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            return text;
        }
    std::string upper = "_" + dataset + "_";
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const char* frame : {"RTN", "SC", "GSE", "GSM", "HCI", "HEEQ", "HGI", "SRF", "J2000"})
        if (upper.find("_" + std::string(frame) + "_") != std::string::npos)
            return frame;
    return {};
}

SeriesMetadata metadataOf(const CdfFile& file, const CdfVariable& variable)
{
    SeriesMetadata m;
    m.variableName = variable.name;
    for (const auto& [name, entries] : file.globalAttributes()) {
        std::vector<std::string> texts;
        for (const CdfValue& entry : entries)
            texts.push_back(entry.display());
        m.global.emplace_back(name, std::move(texts));
    }
    for (const auto& [name, value] : variable.attributes)
        m.variable.emplace_back(name, value.display());
    return m;
}

} // namespace

TimeSeries readSeries(const CdfFile& file, const std::string& name, std::vector<std::string>* warnings)
{
    const CdfVariable& variable = file.requireVariable(name);
    if (isText(variable.type) || isTime(variable.type))
        throw Error(file.path(), "variable " + name + " is " + std::string(dataTypeName(variable.type)) + ", not a series of numbers");
    const std::string dependName = variable.attributeText("DEPEND_0");
    if (dependName.empty())
        throw Error(file.path(), "variable " + name + " names no time variable (no DEPEND_0 attribute)");
    const CdfVariable& depend = file.requireVariable(dependName);
    const std::vector<std::int64_t> times = file.readTimes(depend);
    const std::uint64_t components = variable.valuesPerRecord();
    const std::int64_t records = std::min<std::int64_t>(variable.recordCount(), static_cast<std::int64_t>(times.size()));
    if (variable.recordCount() != static_cast<std::int64_t>(times.size()) && warnings)
        warnings->push_back(name + " has " + std::to_string(variable.recordCount()) + " records and its times " + dependName + " " +
                            std::to_string(times.size()) + "; the first " + std::to_string(records) + " are read");
    const std::vector<double> values = file.readNumbers(variable, 0, records);

    // The records kept: a valid time, later than the one before.
    std::vector<std::int64_t> keptTimes;
    std::vector<std::size_t> kept;
    keptTimes.reserve(static_cast<std::size_t>(records));
    kept.reserve(static_cast<std::size_t>(records));
    std::size_t fillTimes = 0, outOfOrder = 0;
    for (std::int64_t r = 0; r < records; ++r) {
        const std::int64_t t = times[static_cast<std::size_t>(r)];
        if (t == CdfFile::kTimeFill) {
            ++fillTimes;
            continue;
        }
        if (!keptTimes.empty() && t <= keptTimes.back()) {
            ++outOfOrder;
            continue;
        }
        keptTimes.push_back(t);
        kept.push_back(static_cast<std::size_t>(r));
    }
    if (warnings && fillTimes)
        warnings->push_back(std::to_string(fillTimes) + " records of " + name + " have a fill time and are left out");
    if (warnings && outOfOrder)
        warnings->push_back(std::to_string(outOfOrder) + " records of " + name + " are not later than the one before and are left out");

    TimeSeries series(std::move(keptTimes));
    series.info = identify(file);
    series.metadata = metadataOf(file, variable);
    const std::string frame = coordinateSystemOf(variable, series.info.dataset.value_or(std::string()));
    const double fill = firstNumber(variable, "FILLVAL", std::numeric_limits<double>::quiet_NaN());
    const double validMin = firstNumber(variable, "VALIDMIN", -std::numeric_limits<double>::infinity());
    const double validMax = firstNumber(variable, "VALIDMAX", std::numeric_limits<double>::infinity());
    const std::vector<std::string> names = componentNames(file, variable, components);
    const std::string unit = variable.attributeText("UNITS");
    const bool single = variable.type == DataType::Real4 || variable.type == DataType::Float;
    for (std::uint64_t c = 0; c < components; ++c) {
        TimeSeriesColumn column;
        column.name = names[c];
        column.unit = unit;
        column.singlePrecision = single;
        column.coordinateSystem = frame;
        column.fillValue = fill;
        column.values.reserve(kept.size());
        for (std::size_t k = 0; k < kept.size(); ++k) {
            double v = values[kept[k] * components + c];
            // FILLVAL is stored in the variable's type: compare as that type does (-1e31 as a float).
            const bool isFill = std::isnan(v) || (!std::isnan(fill) && (single ? static_cast<float>(v) == static_cast<float>(fill) : v == fill));
            if (isFill) {
                v = std::numeric_limits<double>::quiet_NaN();
                series.markQuality(k, SampleQuality::Fill);
            } else if (v < validMin || v > validMax) {
                series.markQuality(k, SampleQuality::OutsideValidRange);
            }
            column.values.push_back(v);
        }
        series.addColumn(std::move(column));
    }
    // A daily file's records beyond its UTC day (MAG L1 days end with a few of the next day's).
    if (const auto day = dayOfFileName(file.path())) {
        const std::int64_t first = tt2000FromUtc(*day), end = tt2000FromUtc({day->nanoseconds + 86400LL * 1000000000LL});
        for (std::size_t k = 0; k < series.size(); ++k)
            if (series.time()[k] < first || series.time()[k] >= end)
                series.markQuality(k, SampleQuality::OutsideFileDay);
    }
    series.setFileStarts({0});
    return series;
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
    for (const TimeSeries& part : parts)
        if (part.columns().size() != columns)
            throw Error({}, "the files do not hold the same components (" + std::to_string(columns) + " and " +
                                std::to_string(part.columns().size()) + ")");
    std::vector<std::int64_t> time;
    std::vector<std::uint8_t> quality;
    std::vector<std::vector<double>> values(columns);
    std::vector<std::size_t> starts;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const TimeSeries& part = parts[p];
        // Records beyond a file's day that the next file holds in its own day give way to it.
        std::size_t end = part.size();
        if (p + 1 < parts.size())
            while (end > 0 && (part.quality()[end - 1] & qualityBit(SampleQuality::OutsideFileDay))
                   && part.time()[end - 1] >= parts[p + 1].time().front())
                --end;
        starts.push_back(time.size());
        for (std::size_t i = 0; i < end; ++i) {
            if (!time.empty() && part.time()[i] <= time.back())
                continue;  // any other overlap: the earlier file's samples stay
            time.push_back(part.time()[i]);
            quality.push_back(part.quality()[i]);
            for (std::size_t c = 0; c < columns; ++c)
                values[c].push_back(part.columns()[c].values[i]);
        }
    }
    TimeSeries joined(std::move(time));
    for (std::size_t c = 0; c < columns; ++c) {
        TimeSeriesColumn column = parts.front().columns()[c];
        column.values = std::move(values[c]);
        joined.addColumn(std::move(column));
    }
    joined.setQuality(std::move(quality));
    joined.setFileStarts(std::move(starts));
    joined.info = parts.front().info;
    joined.info.endTime = parts.back().info.endTime;
    joined.metadata = parts.front().metadata;
    return joined;
}

} // namespace hb::io::cdf
