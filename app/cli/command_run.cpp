#include "command_line.h"
#include "commands.h"

#include "input_files.h"
#include "sequence_inputs.h"
#include "review/flag_lists.h"
#include "core/json_text.h"
#include "core/error.h"
#include "run/batch_runner.h"
#include "kernel/step_registry.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <optional>
#include <mutex>

namespace hb::cli {

namespace {

steps::OutputLayout parseLayout(const std::string& text)
{
    if (text == "flat")
        return steps::OutputLayout::Flat;
    if (text == "day")
        return steps::OutputLayout::ByDay;
    if (text == "day-size")
        return steps::OutputLayout::ByDayAndSize;
    throw UsageError("--layout is one of flat, day, day-size");
}

} // namespace

int runRun(const std::vector<std::string>& args, const steps::StepRegistry& registry)
{
    const CommandLine cl(args, {"json", "overwrite"}, {"out", "threads", "layout", "flags"});
    if (cl.positional().size() < 2)
        throw UsageError("run takes a pipeline file and at least one input");
    if (!cl.value("out"))
        throw UsageError("run needs --out DIR");
    const steps::Pipeline pipeline = loadPipelineInOrder(cl.positional().front(), registry);
    const std::vector<std::string> inputs =
        collectInputs({cl.positional().begin() + 1, cl.positional().end()});
    steps::BatchOptions options;
    options.outDir = *cl.value("out");
    options.threads = static_cast<unsigned>(cl.integer("threads", 0, 0, 256));
    options.overwrite = cl.has("overwrite");
    options.layout = parseLayout(cl.value("layout").value_or("day"));
    std::optional<review::RejectedFrames> flagged;
    if (const auto flags = cl.value("flags")) {
        flagged = review::RejectedFrames::load(*flags);
        options.skip = [&flagged](const std::string& path) { return flagged->contains(path); };
    }

    std::mutex output;
    const auto report = [&](const steps::BatchItem& item, std::size_t done, std::size_t total) {
        const std::lock_guard lock(output);
        std::cerr << "[" << done << "/" << total << "] " << item.input << ": " << steps::batchStatusName(item.status)
                  << (item.message.empty() ? "" : " (" + item.message + ")") << '\n';
        if (cl.has("json"))
            std::cout << jsonText(nlohmann::json{{"input", item.input},
                                        {"output", item.output.empty() ? nlohmann::json() : nlohmann::json(item.output)},
                                        {"status", steps::batchStatusName(item.status)},
                                        {"message", item.message}})
                      << '\n';
    };
    const steps::BatchSummary summary = steps::runBatch(pipeline, inputs, options, registry, report);
    using S = steps::BatchItem::Status;
    std::cerr << "run: " << inputs.size() << " input(s): " << summary.count(S::Written) << " written, "
              << summary.count(S::Exists) << " already there, " << summary.count(S::Rejected) << " rejected, "
              << summary.count(S::Skipped) << " skipped, " << summary.count(S::Failed) << " failed\n";
    return summary.count(S::Failed) > 0 ? 1 : 0;
}

} // namespace hb::cli
