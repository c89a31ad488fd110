#include "command_line.h"
#include "commands.h"

#include "kernel/step_registry.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace hb::cli {

int runSteps(const std::vector<std::string>& args, const steps::StepRegistry& registry)
{
    const CommandLine cl(args, {"json"}, {});
    if (!cl.positional().empty())
        throw UsageError("steps takes no arguments");
    for (const auto& step : registry.steps()) {
        const steps::StepDescriptor& info = step->descriptor();
        if (cl.has("json")) {
            nlohmann::json parameters = nlohmann::json::array();
            for (const steps::ParamSpec& spec : step->parameters())
                parameters.push_back(steps::specToJson(spec));
            nlohmann::json record{{"id", info.id},
                                  {"version", info.version},
                                  {"kind", steps::dataKindName(step->kind())},
                                  {"title", info.title},
                                  {"description", info.description},
                                  {"detectors", info.detectors},
                                  {"traits", steps::traitNames(info.traits)},
                                  {"parameters", parameters}};
            if (!info.commandName.empty())
                record["command_name"] = info.commandName;
            std::cout << record.dump() << '\n';
            continue;
        }
        std::cout << info.id << " (v" << info.version << ", " << steps::dataKindName(step->kind()) << "): " << info.title;
        for (const std::string_view trait : steps::traitNames(info.traits))
            std::cout << " [" << trait << "]";
        if (!info.commandName.empty())
            std::cout << " (flags detect " << info.commandName << ")";
        std::cout << '\n';
        for (const steps::ParamSpec& spec : step->parameters())
            std::cout << "    " << spec.key << " [" << steps::paramTypeName(spec.type) << "] default "
                      << steps::valueToJson(spec.defaultValue).dump() << (spec.unit.empty() ? "" : " " + spec.unit) << '\n';
    }
    return 0;
}

} // namespace hb::cli
