#include "command_line.h"
#include "commands.h"
#include "sequence_inputs.h"

#include "core/error.h"
#include "steps/sequence/background_model.h"
#include "steps/sequence/background_plan.h"
#include "steps/sequence/background_run.h"
#include "kernel/step_registry.h"

#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace hb::cli {

int runBackground(const std::vector<std::string>& args, const steps::StepRegistry& registry)
{
    const CommandLine cl(args, {"overwrite"},
                         {"out", "pipeline", "statistic", "percentile", "min-frames", "window", "flags", "memory", "sequence"});
    if (cl.positional().empty())
        throw UsageError("background takes at least one input (files or folders)");
    if (!cl.value("out"))
        throw UsageError("background needs --out DIR");
    const std::string outDir = *cl.value("out");
    if (!std::filesystem::is_directory(outDir))
        throw Error(outDir, "is not a folder (backgrounds are written into it, one file per sequence and window)");

    steps::BackgroundOptions options;
    try {
        options.statistic.kind = steps::pixelStatisticKind(cl.value("statistic").value_or("percentile"));
    } catch (const Error& e) {
        throw UsageError("--statistic: " + e.problem());
    }
    options.statistic.percentile = static_cast<double>(cl.integer("percentile", 10, 0, 100));
    options.statistic.minSamples = static_cast<std::size_t>(cl.integer("min-frames", 3, 1, 100000));
    options.memoryBudgetBytes = static_cast<std::size_t>(cl.integer("memory", 1024, 16, 1 << 20)) << 20;
    steps::BackgroundWindow window;
    try {
        window = steps::parseBackgroundWindow(cl.value("window").value_or("all"));
    } catch (const Error& e) {
        throw UsageError("--window: " + e.problem());
    }
    const steps::Pipeline pipeline = pipelineOption(cl, registry);
    const auto flagged = flagsOption(cl);

    std::size_t unreadable = 0, failedFrames = 0, written = 0, notWritten = 0;
    for (const FrameSequence& sequence : collectSequences(cl.positional(), cl.value("sequence"), unreadable)) {
        FrameSequence kept{sequence.label, {}};
        std::size_t leftOut = 0;
        for (const CatalogEntry& entry : sequence.frames) {
            if (flagged && flagged->contains(entry.info.path))
                ++leftOut;
            else
                kept.frames.push_back(entry);
        }
        if (kept.frames.empty()) {
            std::cerr << sequence.label << ": all " << sequence.frames.size() << " frames are flagged; no background\n";
            ++notWritten;
            continue;
        }
        const steps::BackgroundRun run{options, window, pipeline, outDir, cl.has("overwrite")};
        const auto products = steps::makeBackgrounds(
            kept, run, registry, {.progress = [](const steps::Progress& p) {
                if (::isatty(2))
                    std::cerr << "\r" << p.item << ": " << p.done << " / " << p.total << std::flush;
            }});
        const char* lineStart = ::isatty(2) ? "\r" : "";
        for (const steps::BackgroundProduct& product : products) {
            if (product.problem.empty()) {
                ++written;
                std::cerr << lineStart << product.path << ": " << steps::describe(options.statistic) << " of "
                          << product.framesUsed << " frames"
                          << (leftOut ? ", " + std::to_string(leftOut) + " flagged left out" : "")
                          << (product.bands > 1 ? ", streamed in " + std::to_string(product.bands) + " bands" : "") << '\n';
            } else {
                ++notWritten;
                std::cerr << lineStart << product.path << ": "
                          << (std::filesystem::exists(product.path) && !cl.has("overwrite")
                                  ? "exists already (not replaced; --overwrite replaces it)"
                                  : "not made: " + product.problem)
                          << '\n';
            }
            for (const auto& [file, why] : product.leftOut) {
                ++failedFrames;
                std::cerr << "  left out " << file << ": " << why << '\n';
            }
        }
    }
    std::cerr << "background: " << written << " written, " << notWritten << " not made, " << failedFrames
              << " frame(s) left out for errors, " << unreadable << " unreadable input(s)\n";
    return notWritten || failedFrames || unreadable ? 1 : 0;
}

} // namespace hb::cli
