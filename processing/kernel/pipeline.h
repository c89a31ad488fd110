#pragma once

#include "kernel/parameter.h"
#include "kernel/step.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace hb::steps {

class StepRegistry;

struct PipelineStep {
    std::string id;
    ParamValues parameters;  // complete and valid for the step's current version
    bool enabled = true;
};

// An ordered list of steps of one data kind with their parameters, as saved in a pipeline file:
//   {"format": "heliobench-pipeline", "format_version": 1, "kind": "frame", "name": ...,
//    "description": ..., "steps": [{"id": "secchi.bias", "version": 1, "enabled": true,
//    "parameters": {...}}]}
// Files without "kind" are frame pipelines (all written before series steps existed). Reading
// migrates each step's parameters from the version written to the current one.
struct Pipeline {
    DataKind kind = DataKind::Frame;
    std::string name;
    std::string description;
    std::vector<PipelineStep> steps;
};

inline constexpr int kPipelineFormatVersion = 1;

// Position of the first step with this id, or pipeline.steps.size() when there is none.
std::size_t findStep(const Pipeline& pipeline, std::string_view id);

Pipeline pipelineFromJson(const nlohmann::json& json, const StepRegistry& registry, const std::string& source);
nlohmann::json pipelineToJson(const Pipeline& pipeline, const StepRegistry& registry);
// The same from the text of a pipeline file (`source` names it in errors).
Pipeline pipelineFromText(std::string_view text, const StepRegistry& registry, const std::string& source);
// Throws hb::Error naming the file for unreadable JSON, unknown steps, invalid parameters.
Pipeline loadPipeline(const std::string& path, const StepRegistry& registry);
// Atomic; refuses to replace an existing file unless `overwrite`.
void savePipeline(const Pipeline& pipeline, const std::string& path, const StepRegistry& registry, bool overwrite);

// Runs the enabled steps of a frame pipeline in order. Each committed step leaves its provenance
// in HISTORY (see provenance.h). A step that does not apply to the frame's detector is an error
// naming both; a pipeline of another kind is an error naming the pipeline.
Frame runPipeline(const Pipeline& pipeline, const Frame& input, const StepRegistry& registry,
                  const RunContext& context = {});
// One enabled step of a pipeline on `frame`, with its provenance recorded: what runPipeline does
// for each step, for callers that keep the frames in between (the live preview).
Frame runPipelineStep(const PipelineStep& step, const Frame& frame, const StepRegistry& registry,
                      const std::string& pipelineName, const RunContext& context = {});

} // namespace hb::steps
