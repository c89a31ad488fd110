#include "kernel/step_registry.h"

#include <stdexcept>

namespace hb::steps {

void StepRegistry::add(std::unique_ptr<Step> step)
{
    const StepDescriptor& d = step->descriptor();
    if (find(d.id))
        throw std::logic_error("step id registered twice: " + d.id);
    if (d.has(StepTrait::Detector) && (d.commandName.empty() || detector(d.commandName)))
        throw std::logic_error("detector " + d.id + " needs a command name of its own");
    m_steps.push_back(std::move(step));
}

const Step* StepRegistry::find(std::string_view id) const noexcept
{
    for (const auto& step : m_steps)
        if (step->descriptor().id == id)
            return step.get();
    return nullptr;
}

const Step& StepRegistry::get(std::string_view id, const std::string& source) const
{
    if (const Step* step = find(id))
        return *step;
    throw Error(source, "names a step that does not exist: \"" + std::string(id) +
                            "\" (heliobench-cli steps lists them)");
}

const FrameStep& StepRegistry::frameStep(std::string_view id, const std::string& source) const
{
    const Step& step = get(id, source);
    if (step.kind() != DataKind::Frame)
        throw Error(source, "names step \"" + std::string(id) + "\", which works on " +
                                std::string(dataKindName(step.kind())) + " data, not on frames");
    return static_cast<const FrameStep&>(step);
}

std::vector<const Step*> StepRegistry::withTrait(StepTrait trait) const
{
    std::vector<const Step*> found;
    for (const auto& step : m_steps)
        if (step->has(trait))
            found.push_back(step.get());
    return found;
}

std::vector<const FrameStep*> StepRegistry::frameDetectors() const
{
    std::vector<const FrameStep*> detectors;
    for (const auto& step : m_steps)
        if (step->has(StepTrait::Detector) && step->kind() == DataKind::Frame)
            detectors.push_back(static_cast<const FrameStep*>(step.get()));
    return detectors;
}

const FrameStep* StepRegistry::detector(std::string_view commandName) const
{
    for (const FrameStep* step : frameDetectors())
        if (step->descriptor().commandName == commandName)
            return step;
    return nullptr;
}

StepRegistry makeRegistry(const std::vector<StepFamily>& families)
{
    StepRegistry registry;
    for (const StepFamily& family : families)
        family(registry);
    return registry;
}

} // namespace hb::steps
