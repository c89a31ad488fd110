#pragma once

#include "catalog/sequence_selector.h"
#include "review/flag_lists.h"
#include "kernel/pipeline.h"

#include <optional>
#include <string>
#include <vector>

namespace hb::cli {

class CommandLine;

// The sequences among the inputs (files and folders), headers read in parallel. Unreadable
// files are reported on stderr and counted in `unreadable`. With `--sequence LABEL` only that
// one; a label that matches none is a usage error naming the labels there are.
std::vector<FrameSequence> collectSequences(const std::vector<std::string>& given, const std::optional<std::string>& wanted,
                                            std::size_t& unreadable);

// The pipeline file at `path`, refused (hb::Error naming it and the steps) when its steps are in
// an order that makes no sense (kernel/data_unit.h).
steps::Pipeline loadPipelineInOrder(const std::string& path, const steps::StepRegistry& registry);

// `--pipeline FILE`, or the empty pipeline (frames as read).
steps::Pipeline pipelineOption(const CommandLine& cl, const steps::StepRegistry& registry);
// `--flags DB|LIST`, when given.
std::optional<review::RejectedFrames> flagsOption(const CommandLine& cl);

} // namespace hb::cli
