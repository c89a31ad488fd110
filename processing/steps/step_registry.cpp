#include "steps/step_registry.h"

#include <stdexcept>

namespace hb::steps {

void StepRegistry::add(std::unique_ptr<Step> step)
{
    if (find(step->info().id))
        throw std::logic_error("step id registered twice: " + step->info().id);
    m_steps.push_back(std::move(step));
}

const Step* StepRegistry::find(std::string_view id) const noexcept
{
    for (const auto& step : m_steps)
        if (step->info().id == id)
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

} // namespace hb::steps
