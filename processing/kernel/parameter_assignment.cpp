#include "kernel/parameter_assignment.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace hb::steps {

ParamValues applyAssignments(const Step& step, const std::vector<std::string>& assignments)
{
    const std::string& id = step.descriptor().id;
    ParamValues values = step.defaults();
    for (const std::string& text : assignments) {
        const auto eq = text.find('=');
        if (eq == std::string::npos)
            throw Error(id, "takes parameters as KEY=VALUE, not '" + text + "'");
        const std::string key = text.substr(0, eq), value = text.substr(eq + 1);
        const auto& specs = step.parameters();
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const ParamSpec& s) { return s.key == key; });
        if (spec == specs.end())
            throw Error(id, "has no parameter '" + key + "'");
        // Names and paths are taken as typed; numbers and flags are read as JSON (1e-3, true).
        const bool textual = spec->type == ParamType::Choice || spec->type == ParamType::File || spec->type == ParamType::Text;
        try {
            const nlohmann::json json = textual ? nlohmann::json(value) : nlohmann::json::parse(value);
            values[key] = valueFromJson(*spec, json, id);
        } catch (const nlohmann::json::exception&) {
            throw Error(id, "parameter " + text + ": '" + value + "' is not a " + std::string(paramTypeName(spec->type)));
        } catch (const Error& e) {
            throw Error(id, "parameter " + text + ": " + e.problem());
        }
    }
    return step.normalise(values);
}

} // namespace hb::steps
