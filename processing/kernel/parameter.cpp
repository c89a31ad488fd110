#include "kernel/parameter.h"

#include "core/error.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

namespace hb::steps {

std::string_view paramTypeName(ParamType type) noexcept
{
    switch (type) {
    case ParamType::Number: return "number";
    case ParamType::Integer: return "integer";
    case ParamType::Flag: return "flag";
    case ParamType::Choice: return "choice";
    case ParamType::File: return "file";
    case ParamType::Text: return "text";
    }
    return "number";
}

namespace {

std::string formatNumber(double v)
{
    std::ostringstream out;
    out.precision(10);
    out << v;
    return out.str();
}

bool holdsTypeOf(const ParamSpec& spec, const ParamValue& value)
{
    switch (spec.type) {
    case ParamType::Number: return std::holds_alternative<double>(value);
    case ParamType::Integer: return std::holds_alternative<long long>(value);
    case ParamType::Flag: return std::holds_alternative<bool>(value);
    case ParamType::Choice:
    case ParamType::File:
    case ParamType::Text: return std::holds_alternative<std::string>(value);
    }
    return false;
}

} // namespace

std::string checkValue(const ParamSpec& spec, const ParamValue& value)
{
    if (!holdsTypeOf(spec, value))
        return "must be a " + std::string(paramTypeName(spec.type));
    const auto range = [&](double v) -> std::string {
        if (!std::isfinite(v))
            return "must be a finite number";
        if (v < spec.minimum || v > spec.maximum)
            return "must be between " + formatNumber(spec.minimum) + " and " + formatNumber(spec.maximum) +
                   (spec.unit.empty() ? "" : " " + spec.unit);
        return {};
    };
    if (const double* d = std::get_if<double>(&value))
        return range(*d);
    if (const long long* i = std::get_if<long long>(&value))
        return range(static_cast<double>(*i));
    if (spec.type == ParamType::Choice) {
        const std::string& s = std::get<std::string>(value);
        for (const std::string& choice : spec.choices)
            if (choice == s)
                return {};
        std::string list;
        for (const std::string& choice : spec.choices)
            list += (list.empty() ? "" : ", ") + choice;
        return "must be one of " + list;
    }
    if ((spec.type == ParamType::File || spec.type == ParamType::Text) && !spec.optional &&
        std::get<std::string>(value).empty())
        return "must be given";
    return {};
}

nlohmann::json valueToJson(const ParamValue& value)
{
    return std::visit([](const auto& v) { return nlohmann::json(v); }, value);
}

ParamValue valueFromJson(const ParamSpec& spec, const nlohmann::json& json, const std::string& source)
{
    const auto wrong = [&]() -> Error {
        return Error(source, "parameter \"" + spec.key + "\" must be a " + std::string(paramTypeName(spec.type)) +
                                 ", not " + json.dump());
    };
    switch (spec.type) {
    case ParamType::Number:
        if (!json.is_number())
            throw wrong();
        return json.get<double>();
    case ParamType::Integer:
        if (json.is_number_integer())
            return json.get<long long>();
        if (json.is_number_float() && std::floor(json.get<double>()) == json.get<double>())
            return static_cast<long long>(json.get<double>());
        throw wrong();
    case ParamType::Flag:
        if (!json.is_boolean())
            throw wrong();
        return json.get<bool>();
    case ParamType::Choice:
    case ParamType::File:
    case ParamType::Text:
        if (!json.is_string())
            throw wrong();
        return json.get<std::string>();
    }
    throw wrong();
}

nlohmann::json specToJson(const ParamSpec& spec)
{
    nlohmann::json j{{"key", spec.key},
                     {"label", spec.label},
                     {"type", paramTypeName(spec.type)},
                     {"default", valueToJson(spec.defaultValue)},
                     {"unit", spec.unit},
                     {"help", spec.help},
                     {"advanced", spec.advanced}};
    if (spec.type == ParamType::Number || spec.type == ParamType::Integer) {
        j["minimum"] = std::isfinite(spec.minimum) ? nlohmann::json(spec.minimum) : nlohmann::json();
        j["maximum"] = std::isfinite(spec.maximum) ? nlohmann::json(spec.maximum) : nlohmann::json();
        if (std::isfinite(spec.sliderFrom) && std::isfinite(spec.sliderTo))
            j["usual"] = {spec.sliderFrom, spec.sliderTo};
    }
    if (spec.type == ParamType::Choice)
        j["choices"] = spec.choices;
    if (spec.type == ParamType::File || spec.type == ParamType::Text)
        j["optional"] = spec.optional;
    return j;
}

std::string canonicalText(const ParamValues& values)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [key, value] : values)
        j[key] = valueToJson(value);
    return j.dump();  // std::map keys are sorted; nlohmann prints doubles round-trip exact
}

} // namespace hb::steps
