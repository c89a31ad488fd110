#pragma once

// What the step tests share: a step applied by id, the simulator's truth sidecar, a NaN-free sum.
#include "core/frame.h"
#include "kernel/step_registry.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <string>

namespace hb::test {

inline nlohmann::json truthOf(const std::string& file)
{
    std::ifstream in(file + ".truth.json");
    return nlohmann::json::parse(in);
}

inline Frame applyStep(const char* id, const Frame& frame, const steps::ParamValues& values = {})
{
    const steps::FrameStep& step = steps::builtinSteps().frameStep(id, "test");
    return step.apply(frame, step.normalise(values), {});
}

inline double finiteSum(const Image& image)
{
    double sum = 0;
    for (float v : image.pixels())
        if (std::isfinite(v))
            sum += v;
    return sum;
}

} // namespace hb::test
