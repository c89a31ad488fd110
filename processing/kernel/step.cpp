#include "kernel/step.h"

#include <algorithm>

namespace hb::steps {

ParamValues Step::migrate(int, ParamValues values) const
{
    return values;
}

UnitRule Step::units(const ParamValues&) const
{
    return {};
}

std::vector<std::size_t> FrameStep::framesNeeded(const ParamValues&, std::size_t, std::size_t) const
{
    return {};
}

bool Step::appliesTo(const ObservationInfo& observation) const
{
    const auto& detectors = descriptor().detectors;
    if (detectors.empty())
        return true;
    return observation.detector &&
           std::find(detectors.begin(), detectors.end(), *observation.detector) != detectors.end();
}

} // namespace hb::steps
