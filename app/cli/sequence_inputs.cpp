#include "sequence_inputs.h"

#include "command_line.h"
#include "input_files.h"

#include "catalog/folder_scanner.h"
#include "core/error.h"
#include "kernel/data_unit.h"
#include "kernel/step_registry.h"

#include <iostream>

namespace hb::cli {

std::vector<FrameSequence> collectSequences(const std::vector<std::string>& given, const std::optional<std::string>& wanted,
                                            std::size_t& unreadable)
{
    std::vector<CatalogEntry> entries = scanFiles(collectInputs(given));
    for (const CatalogEntry& entry : entries)
        if (!entry.ok || !entry.hasPixels) {
            ++unreadable;
            std::cerr << entry.info.path << ": " << (entry.ok ? "holds no image" : entry.error) << '\n';
        }
    std::vector<FrameSequence> sequences = groupSequences(std::move(entries));
    if (!wanted)
        return sequences;
    std::string labels;
    for (FrameSequence& sequence : sequences) {
        if (sequence.label == *wanted)
            return {std::move(sequence)};
        labels += (labels.empty() ? "" : ", ") + ("'" + sequence.label + "'");
    }
    throw UsageError("--sequence '" + *wanted + "' is not among the inputs' sequences: " + (labels.empty() ? "none" : labels));
}

steps::Pipeline loadPipelineInOrder(const std::string& path, const steps::StepRegistry& registry)
{
    steps::Pipeline pipeline = steps::loadPipeline(path, registry);
    const std::vector<std::string> problems = steps::unitProblems(pipeline, registry);
    if (!problems.empty()) {
        std::string text = "its steps are in an order that makes no sense: ";
        for (std::size_t k = 0; k < problems.size(); ++k)
            text += (k ? "; " : "") + problems[k];
        throw Error(path, text);
    }
    return pipeline;
}

steps::Pipeline pipelineOption(const CommandLine& cl, const steps::StepRegistry& registry)
{
    if (const auto path = cl.value("pipeline"))
        return loadPipelineInOrder(*path, registry);
    steps::Pipeline none;
    none.name = "as read";
    return none;
}

std::optional<review::RejectedFrames> flagsOption(const CommandLine& cl)
{
    if (const auto path = cl.value("flags"))
        return review::RejectedFrames::load(*path);
    return std::nullopt;
}

} // namespace hb::cli
