#include "steps/step.h"

#include <algorithm>

namespace hb::steps {

void RunContext::throwIfCancelled() const
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Cancelled();
}

ParamValues Step::migrate(int, ParamValues values) const
{
    return values;
}

std::vector<std::size_t> Step::framesNeeded(const ParamValues&, std::size_t, std::size_t) const
{
    return {};
}

bool Step::appliesTo(const ObservationInfo& observation) const
{
    const auto& detectors = info().detectors;
    if (detectors.empty())
        return true;
    return observation.detector &&
           std::find(detectors.begin(), detectors.end(), *observation.detector) != detectors.end();
}

} // namespace hb::steps
