#pragma once

#include <nlohmann/json_fwd.hpp>

#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hb::steps {

// What kind of value a step parameter holds; the GUI picks the editor by it.
enum class ParamType { Number, Integer, Flag, Choice, File, Text };
std::string_view paramTypeName(ParamType type) noexcept;  // "number", "integer", ...

using ParamValue = std::variant<bool, long long, double, std::string>;
using ParamValues = std::map<std::string, ParamValue, std::less<>>;

// One parameter as a step declares it. `key` is stable API (pipelines, HISTORY and the CLI use
// it): snake_case, never reused for another meaning. Labels and help are English source texts
// marked with HB_TR_NOOP("hb::steps", ...).
struct ParamSpec {
    std::string key;
    std::string label;
    std::string help;
    std::string unit;  // "s", "DN", "MSB per DN/s", "" for none
    double minimum = -std::numeric_limits<double>::infinity();
    double maximum = std::numeric_limits<double>::infinity();
    // Where the value usually is, when that is a small part of minimum .. maximum (a bias of
    // 300-800 DN out of 0-65,535): the panel's slider covers this span, finely; any allowed
    // value can still be typed. NaN: the slider covers minimum .. maximum.
    double sliderFrom = std::numeric_limits<double>::quiet_NaN();
    double sliderTo = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::string> choices;  // Choice: the allowed values, stable like keys
    bool advanced = false;             // folded away in the panel
    bool optional = false;             // File / Text: empty means "not given"
    // Filled by the schema from the parameter struct: never set these by hand.
    ParamType type = ParamType::Number;
    ParamValue defaultValue;
};

// The problem with `value` for `spec` ("must be between 0 and 1e4 s"), or empty when it is fine.
std::string checkValue(const ParamSpec& spec, const ParamValue& value);

nlohmann::json valueToJson(const ParamValue& value);
// Converts JSON to the spec's type (an integral JSON number is accepted for a Number); throws
// hb::Error naming `source` and the key when the JSON has the wrong type.
ParamValue valueFromJson(const ParamSpec& spec, const nlohmann::json& json, const std::string& source);
nlohmann::json specToJson(const ParamSpec& spec);

// The canonical text of a parameter set: compact JSON, keys sorted, numbers with 17 significant
// digits where needed. Equal parameter sets give equal text (HISTORY cards, undo merging).
std::string canonicalText(const ParamValues& values);

} // namespace hb::steps
