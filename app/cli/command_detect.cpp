#include "command_line.h"
#include "commands.h"
#include "input_files.h"

#include "core/error.h"
#include "review/flag_store.h"
#include "steps/detect/detector_run.h"
#include "steps/step_registry.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>

namespace hb::cli {

namespace {

const std::map<std::string, std::string> kDetectorSteps = {{"missing-blocks", "detect.missing_blocks"},
                                                           {"corrupted", "detect.corrupted"},
                                                           {"cosmic-rays", "detect.cosmic_rays"},
                                                           {"transients", "detect.transients"}};

// "--param threshold=8": typed by the step's schema.
steps::ParamValues parseParams(const steps::Step& step, const std::vector<std::string>& given)
{
    steps::ParamValues values = step.defaults();
    for (const std::string& text : given) {
        const auto eq = text.find('=');
        if (eq == std::string::npos)
            throw UsageError("--param takes KEY=VALUE, not '" + text + "'");
        const std::string key = text.substr(0, eq), value = text.substr(eq + 1);
        const auto& specs = step.parameters();
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const steps::ParamSpec& s) { return s.key == key; });
        if (spec == specs.end())
            throw UsageError("detector " + step.info().id + " has no parameter '" + key + "'");
        const bool textual = spec->type == steps::ParamType::Choice || spec->type == steps::ParamType::File ||
                             spec->type == steps::ParamType::Text;
        try {
            const nlohmann::json json = textual ? nlohmann::json(value) : nlohmann::json::parse(value);
            values[key] = steps::valueFromJson(*spec, json, "--param " + key);
        } catch (const nlohmann::json::exception&) {
            throw UsageError("--param " + text + ": '" + value + "' is not a " + std::string(steps::paramTypeName(spec->type)));
        } catch (const Error& e) {
            throw UsageError("--param " + text + ": " + e.problem());
        }
    }
    return step.normalise(values);
}

} // namespace

int detectFlags(const std::vector<std::string>& args)
{
    const CommandLine cl(args, {"json"}, {"db", "neighbours"}, {"param"});
    if (cl.positional().size() < 2)
        throw UsageError("flags detect takes a detector (missing-blocks, corrupted, cosmic-rays, transients) and inputs");
    const auto id = kDetectorSteps.find(cl.positional().front());
    if (id == kDetectorSteps.end())
        throw UsageError("unknown detector '" + cl.positional().front() + "' (missing-blocks, corrupted, cosmic-rays, transients)");
    const steps::Step& step = steps::builtinSteps().get(id->second, "flags detect");
    const steps::ParamValues params = parseParams(step, cl.values("param"));
    const int neighbours = static_cast<int>(cl.integer("neighbours", 2, 0, 20));
    const std::vector<std::string> inputs = collectInputs({cl.positional().begin() + 1, cl.positional().end()});
    std::optional<review::FlagStore> store;
    if (const auto db = cl.value("db"))
        store.emplace(*db);

    std::size_t flagged = 0, failed = 0;
    const auto report = [&](const steps::DetectorResult& r, std::size_t done, std::size_t total) {
        const Detection* d = r.detection ? &*r.detection : nullptr;
        if (!d) {
            ++failed;
            std::cerr << "[" << done << "/" << total << "] " << r.info.path << ": " << r.error << '\n';
        } else {
            flagged += d->flagged ? 1 : 0;
            std::cerr << "[" << done << "/" << total << "] " << r.info.path << ": " << (d->flagged ? "FLAGGED " : "ok ")
                      << d->summary << '\n';
            if (store)
                steps::proposeFlag(*store, r);
        }
        if (cl.has("json")) {
            nlohmann::ordered_json record = {{"path", r.info.path}, {"detector", cl.positional().front()}};
            record["flagged"] = d ? nlohmann::ordered_json(d->flagged) : nlohmann::ordered_json();
            record["reason"] = d ? nlohmann::ordered_json(d->reason) : nlohmann::ordered_json();
            record["score"] = d ? nlohmann::ordered_json(d->score) : nlohmann::ordered_json();
            record["summary"] = d ? d->summary : r.error;
            record["status"] = d ? "ok" : "error";
            record["error"] = d ? nlohmann::ordered_json() : nlohmann::ordered_json(r.error);
            if (d) {
                record["lines"] = d->lines.size();
                record["blobs"] = d->blobs.size();
                record["regions"] = d->regions.size();
            }
            std::cout << record.dump() << '\n';
        }
    };
    steps::runDetector(step, params, inputs, neighbours, nullptr, report);
    std::cerr << "flags detect " << cl.positional().front() << ": " << inputs.size() << " input(s), " << flagged
              << " flagged, " << failed << " failed" << (store ? ", proposals stored in " + store->databasePath() : "")
              << '\n';
    return failed ? 1 : 0;
}

} // namespace hb::cli
