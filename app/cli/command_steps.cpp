#include "command_line.h"
#include "commands.h"

#include "steps/step_registry.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace hb::cli {

int runSteps(const std::vector<std::string>& args)
{
    const CommandLine cl(args, {"json"}, {});
    if (!cl.positional().empty())
        throw UsageError("steps takes no arguments");
    for (const auto& step : steps::builtinSteps().steps()) {
        const steps::StepInfo& info = step->info();
        if (cl.has("json")) {
            nlohmann::json parameters = nlohmann::json::array();
            for (const steps::ParamSpec& spec : step->parameters())
                parameters.push_back(steps::specToJson(spec));
            std::cout << nlohmann::json{{"id", info.id},
                                        {"version", info.version},
                                        {"title", info.title},
                                        {"description", info.description},
                                        {"detectors", info.detectors},
                                        {"parameters", parameters}}
                             .dump()
                      << '\n';
            continue;
        }
        std::cout << info.id << " (v" << info.version << "): " << info.title << '\n';
        for (const steps::ParamSpec& spec : step->parameters())
            std::cout << "    " << spec.key << " [" << steps::paramTypeName(spec.type) << "] default "
                      << steps::valueToJson(spec.defaultValue).dump() << (spec.unit.empty() ? "" : " " + spec.unit) << '\n';
    }
    return 0;
}

} // namespace hb::cli
