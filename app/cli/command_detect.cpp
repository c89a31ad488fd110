#include "command_line.h"
#include "commands.h"
#include "input_files.h"

#include "core/json_text.h"
#include "core/error.h"
#include "review/flag_store.h"
#include "kernel/parameter_assignment.h"
#include "kernel/step_registry.h"
#include "steps/detect/detector_run.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <optional>

namespace hb::cli {

std::string detectorNames(const steps::StepRegistry& registry)
{
    std::string names;
    for (const steps::FrameStep* step : registry.frameDetectors())
        names += (names.empty() ? "" : ", ") + step->descriptor().commandName;
    return names;
}

int detectFlags(const std::vector<std::string>& args, const steps::StepRegistry& registry)
{
    const CommandLine cl(args, {"json"}, {"db", "neighbours"}, {"param"});
    if (cl.positional().size() < 2)
        throw UsageError("flags detect takes a detector (" + detectorNames(registry) + ") and inputs");
    const steps::FrameStep* detector = registry.detector(cl.positional().front());
    if (!detector)
        throw UsageError("unknown detector '" + cl.positional().front() + "' (" + detectorNames(registry) + ")");
    const steps::FrameStep& step = *detector;
    steps::ParamValues params;
    try {
        params = steps::applyAssignments(step, cl.values("param"));
    } catch (const Error& e) {
        throw UsageError("--param: detector " + std::string(e.what()));
    }
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
            std::cout << jsonText(record) << '\n';
        }
    };
    steps::runDetector(step, params, inputs, neighbours, nullptr, report);
    std::cerr << "flags detect " << cl.positional().front() << ": " << inputs.size() << " input(s), " << flagged
              << " flagged, " << failed << " failed" << (store ? ", proposals stored in " + store->databasePath() : "")
              << '\n';
    return failed ? 1 : 0;
}

} // namespace hb::cli
