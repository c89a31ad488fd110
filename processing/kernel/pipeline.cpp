#include "kernel/pipeline.h"

#include "io/atomic_output.h"
#include "kernel/provenance.h"
#include "kernel/step_registry.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

namespace hb::steps {

namespace {

ParamValues parametersFromJson(const Step& step, const nlohmann::json& json, const std::string& source)
{
    if (!json.is_object())
        throw Error(source, "the parameters of step \"" + step.descriptor().id + "\" must be a JSON object");
    ParamValues values;
    for (const auto& [key, value] : json.items()) {
        const ParamSpec* spec = nullptr;
        for (const ParamSpec& s : step.parameters())
            if (s.key == key)
                spec = &s;
        if (!spec)
            throw Error(source, "step \"" + step.descriptor().id + "\" has no parameter \"" + key + "\"");
        values[key] = valueFromJson(*spec, value, source);
    }
    return values;
}

} // namespace

Pipeline pipelineFromJson(const nlohmann::json& json, const StepRegistry& registry, const std::string& source)
{
    if (!json.is_object() || json.value("format", "") != "heliobench-pipeline")
        throw Error(source, "is not a HelioBench pipeline (\"format\": \"heliobench-pipeline\" is missing)");
    const int format = json.value("format_version", 0);
    if (format < 1 || format > kPipelineFormatVersion)
        throw Error(source, "has pipeline format version " + std::to_string(format) + "; this program reads 1 to " +
                                std::to_string(kPipelineFormatVersion));
    Pipeline pipeline;
    if (const auto kind = json.find("kind"); kind != json.end()) {
        if (!kind->is_string())
            throw Error(source, "has a \"kind\" that is not a name (frame or series)");
        pipeline.kind = dataKindFromName(kind->get<std::string>(), source);
    }
    pipeline.name = json.value("name", "");
    pipeline.description = json.value("description", "");
    const auto steps = json.find("steps");
    if (steps == json.end() || !steps->is_array())
        throw Error(source, "has no \"steps\" list");
    for (const nlohmann::json& entry : *steps) {
        if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_string())
            throw Error(source, "has a step without an \"id\"");
        const Step& step = registry.get(entry["id"].get<std::string>(), source);
        if (step.kind() != pipeline.kind)
            throw Error(source, "is a " + std::string(dataKindName(pipeline.kind)) + " pipeline, but step \"" +
                                    step.descriptor().id + "\" works on " + std::string(dataKindName(step.kind())) +
                                    " data");
        const int version = entry.value("version", step.descriptor().version);
        if (version > step.descriptor().version)
            throw Error(source, "was written for version " + std::to_string(version) + " of step \"" + step.descriptor().id +
                                    "\"; this program has version " + std::to_string(step.descriptor().version));
        ParamValues values;
        const nlohmann::json parameters = entry.contains("parameters") ? entry["parameters"] : nlohmann::json::object();
        // Migration works on the old keys, so the JSON is read without this version's schema.
        if (version < step.descriptor().version) {
            if (!parameters.is_object())
                throw Error(source, "the parameters of step \"" + step.descriptor().id + "\" must be a JSON object");
            for (const auto& [key, value] : parameters.items()) {
                if (value.is_boolean())
                    values[key] = value.get<bool>();
                else if (value.is_number_integer())
                    values[key] = value.get<long long>();
                else if (value.is_number())
                    values[key] = value.get<double>();
                else if (value.is_string())
                    values[key] = value.get<std::string>();
            }
            values = step.migrate(version, std::move(values));
        } else {
            values = parametersFromJson(step, parameters, source);
        }
        pipeline.steps.push_back({step.descriptor().id, step.normalise(values), entry.value("enabled", true)});
    }
    return pipeline;
}

nlohmann::json pipelineToJson(const Pipeline& pipeline, const StepRegistry& registry)
{
    nlohmann::json steps = nlohmann::json::array();
    for (const PipelineStep& s : pipeline.steps) {
        nlohmann::json parameters = nlohmann::json::object();
        for (const auto& [key, value] : s.parameters)
            parameters[key] = valueToJson(value);
        steps.push_back({{"id", s.id},
                         {"version", registry.get(s.id, pipeline.name).descriptor().version},
                         {"enabled", s.enabled},
                         {"parameters", parameters}});
    }
    return {{"format", "heliobench-pipeline"},
            {"format_version", kPipelineFormatVersion},
            {"kind", dataKindName(pipeline.kind)},
            {"name", pipeline.name},
            {"description", pipeline.description},
            {"steps", steps}};
}

Pipeline pipelineFromText(std::string_view text, const StepRegistry& registry, const std::string& source)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw Error(source, std::string("is not valid JSON: ") + e.what());
    }
    return pipelineFromJson(json, registry, source);
}

Pipeline loadPipeline(const std::string& path, const StepRegistry& registry)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path, "cannot be opened");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return pipelineFromText(text, registry, path);
}

void savePipeline(const Pipeline& pipeline, const std::string& path, const StepRegistry& registry, bool overwrite)
{
    io::AtomicOutput output(path, overwrite);
    {
        std::ofstream out(output.tempPath());
        out << pipelineToJson(pipeline, registry).dump(2) << '\n';
        if (!out)
            throw Error(path, "could not be written (disk full?)");
    }
    output.commit();
}

std::size_t findStep(const Pipeline& pipeline, std::string_view id)
{
    const auto it = std::find_if(pipeline.steps.begin(), pipeline.steps.end(), [&](const PipelineStep& s) { return s.id == id; });
    return static_cast<std::size_t>(it - pipeline.steps.begin());
}

Frame runPipelineStep(const PipelineStep& s, const Frame& frame, const StepRegistry& registry,
                      const std::string& pipelineName, const RunContext& context)
{
    context.throwIfCancelled();
    const FrameStep& step = registry.frameStep(s.id, pipelineName);
    if (!step.appliesTo(frame.info))
        throw Error(frame.info.path, "is a " + frame.info.detector.value_or("frame of unknown detector") +
                                         " image; step \"" + s.id + "\" is for other detectors");
    Frame out = step.apply(frame, s.parameters, context);
    FitsHistorySink(out.header).record(step.descriptor(), s.parameters);
    return out;
}

Frame runPipeline(const Pipeline& pipeline, const Frame& input, const StepRegistry& registry, const RunContext& context)
{
    if (pipeline.kind != DataKind::Frame)
        throw Error(pipeline.name, "is a " + std::string(dataKindName(pipeline.kind)) + " pipeline; " +
                                       input.info.path + " is a frame");
    Frame frame = input;
    for (const PipelineStep& s : pipeline.steps)
        if (s.enabled)
            frame = runPipelineStep(s, frame, registry, pipeline.name, context);
    return frame;
}

} // namespace hb::steps
