#include "io/cdf/cdf_description.h"

#include "core/printable_text.h"
#include "core/utc_time.h"

#include "io/cdf/cdf_values.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace hb::io::cdf {

namespace {

// A 4-byte float as the decimal that reads back to it (-1e31, not -9.999999848243207e+30).
std::vector<double> asWritten(const CdfValue& value)
{
    std::vector<double> out = value.numbers;
    if (value.type == DataType::Real4 || value.type == DataType::Float)
        for (double& v : out)
            v = std::strtod(shortestText(v, true).c_str(), nullptr);
    return out;
}

nlohmann::ordered_json valueJson(const CdfValue& value)
{
    nlohmann::ordered_json j{{"type", dataTypeName(value.type)}};
    const std::vector<double> numbers = asWritten(value);
    if (isText(value.type) || isTime(value.type))
        j["value"] = printableText(value.display());
    else if (numbers.size() == 1)
        j["value"] = value.integers.empty() ? nlohmann::ordered_json(numbers.front()) : nlohmann::ordered_json(value.integers.front());
    else
        j["value"] = value.integers.empty() ? nlohmann::ordered_json(numbers) : nlohmann::ordered_json(value.integers);
    return j;
}

const CdfVariable* mainTimeVariable(const CdfFile& file)
{
    std::map<std::string, int> named;
    for (const CdfVariable& v : file.variables())
        if (const std::string depend = v.attributeText("DEPEND_0"); !depend.empty())
            ++named[depend];
    const CdfVariable* best = nullptr;
    int bestCount = -1;
    for (const CdfVariable& v : file.variables()) {
        if (!isTime(v.type) || !v.recordVarying || v.recordCount() == 0)
            continue;
        const int count = named.count(v.name) ? named[v.name] : 0;
        if (count > bestCount)
            best = &v, bestCount = count;
    }
    return best;
}

} // namespace

std::optional<std::pair<std::int64_t, std::int64_t>> timeRange(const CdfFile& file)
{
    const CdfVariable* time = mainTimeVariable(file);
    if (!time)
        return std::nullopt;
    const std::vector<std::int64_t> times = file.readTimes(*time);
    std::optional<std::pair<std::int64_t, std::int64_t>> range;
    for (const std::int64_t t : times) {
        if (t == CdfFile::kTimeFill)
            continue;
        if (!range)
            range = std::pair{t, t};
        range->first = std::min(range->first, t);
        range->second = std::max(range->second, t);
    }
    return range;
}

nlohmann::ordered_json describe(const CdfFile& file)
{
    nlohmann::ordered_json j;
    j["path"] = printableText(file.path());
    j["status"] = "ok";
    j["format"] = "CDF";
    j["version"] = file.version();
    j["majority"] = file.rowMajor() ? "row" : "column";
    j["encoding"] = encodingName(file.encoding());
    j["compression"] = compressionName(file.fileCompression());
    if (file.leapSecondsUpdated() > 0)
        j["leap_seconds_updated"] = file.leapSecondsUpdated();
    const auto range = timeRange(file);
    j["time_range"] = range ? nlohmann::ordered_json{utcFromTt2000(range->first).toIso(9), utcFromTt2000(range->second).toIso(9)}
                            : nlohmann::ordered_json(nullptr);
    nlohmann::ordered_json globals = nlohmann::ordered_json::object();
    for (const auto& [name, entries] : file.globalAttributes()) {
        nlohmann::ordered_json values = nlohmann::ordered_json::array();
        for (const CdfValue& entry : entries)
            values.push_back(printableText(entry.display()));
        globals[printableText(name)] = std::move(values);
    }
    j["global_attributes"] = std::move(globals);
    nlohmann::ordered_json variables = nlohmann::ordered_json::array();
    for (const CdfVariable& v : file.variables()) {
        nlohmann::ordered_json var{{"name", printableText(v.name)},
                                   {"kind", v.zVariable ? "z" : "r"},
                                   {"type", dataTypeName(v.type)},
                                   {"elements", v.elements},
                                   {"dims", v.shape()},
                                   {"records", v.recordCount()},
                                   {"record_varying", v.recordVarying},
                                   {"compression", compressionName(v.compression)}};
        nlohmann::ordered_json attributes = nlohmann::ordered_json::object();
        for (const auto& [name, value] : v.attributes)
            attributes[printableText(name)] = valueJson(value);
        var["attributes"] = std::move(attributes);
        variables.push_back(std::move(var));
    }
    j["variables"] = std::move(variables);
    return j;
}

} // namespace hb::io::cdf
