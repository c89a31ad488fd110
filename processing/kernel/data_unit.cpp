#include "kernel/data_unit.h"

#include "kernel/pipeline.h"
#include "kernel/step.h"
#include "kernel/step_registry.h"

#include <algorithm>

namespace hb::steps {

std::string_view dataUnitName(DataUnit unit) noexcept
{
    switch (unit) {
    case DataUnit::RawDn: return "raw DN (bias not subtracted)";
    case DataUnit::Dn: return "DN";
    case DataUnit::DnPerSecond: return "DN/s";
    case DataUnit::Msb: return "MSB";
    case DataUnit::Ratio: return "a ratio";
    case DataUnit::Difference: return "a difference";
    case DataUnit::Normalised: return "normalised values";
    }
    return "DN";
}

std::string_view dataUnitKey(DataUnit unit) noexcept
{
    switch (unit) {
    case DataUnit::RawDn: return "raw_dn";
    case DataUnit::Dn: return "dn";
    case DataUnit::DnPerSecond: return "dn_s";
    case DataUnit::Msb: return "msb";
    case DataUnit::Ratio: return "ratio";
    case DataUnit::Difference: return "difference";
    case DataUnit::Normalised: return "normalised";
    }
    return "dn";
}

bool UnitRule::accepting(DataUnit unit) const
{
    return accepts.empty() || std::find(accepts.begin(), accepts.end(), unit) != accepts.end();
}

namespace {

std::string listOf(const std::vector<DataUnit>& units)
{
    std::string text;
    for (std::size_t k = 0; k < units.size(); ++k)
        text += (k == 0 ? "" : k + 1 == units.size() ? " or " : ", ") + std::string(dataUnitName(units[k]));
    return text;
}

std::string named(const Pipeline& pipeline, std::size_t index, const StepRegistry& registry)
{
    const Step* step = registry.find(pipeline.steps[index].id);
    return "step " + std::to_string(index + 1) + " '" + (step ? step->descriptor().title : pipeline.steps[index].id) + "'";
}

} // namespace

namespace {

std::optional<UnitRule> ruleOf(const PipelineStep& entry, const StepRegistry& registry)
{
    const Step* step = registry.find(entry.id);
    if (!entry.enabled || !step)
        return std::nullopt;
    try {
        return step->units(step->normalise(entry.parameters));
    } catch (const Error&) {
        return std::nullopt;  // parameters the step refuses are reported where they are used
    }
}

} // namespace

std::optional<DataUnit> unitGiven(const Pipeline& pipeline, const StepRegistry& registry)
{
    std::optional<DataUnit> given;
    for (const PipelineStep& entry : pipeline.steps)
        if (const std::optional<UnitRule> rule = ruleOf(entry, registry); rule && rule->gives)
            given = rule->gives;
    return given;
}

std::vector<std::string> unitProblems(const Pipeline& pipeline, const StepRegistry& registry)
{
    std::vector<std::string> problems;
    std::optional<DataUnit> current;
    std::size_t madeBy = 0;
    for (std::size_t k = 0; k < pipeline.steps.size(); ++k) {
        const std::optional<UnitRule> found = ruleOf(pipeline.steps[k], registry);
        if (!found)
            continue;
        const UnitRule& rule = *found;
        if (current && !rule.accepting(*current))
            problems.push_back(named(pipeline, k, registry) + " takes " + listOf(rule.accepts) + ", but " +
                               named(pipeline, madeBy, registry) + " before it gives " + std::string(dataUnitName(*current)));
        if (rule.gives) {
            current = rule.gives;
            madeBy = k;
        }
    }
    return problems;
}

} // namespace hb::steps
