#pragma once

#include "steps/step.h"

#include <memory>
#include <string_view>
#include <vector>

namespace hb::steps {

// Every step the program knows, in registration order (families in pipeline order).
class StepRegistry {
public:
    // Throws std::logic_error on a duplicate id: ids are API.
    void add(std::unique_ptr<Step> step);
    const Step* find(std::string_view id) const noexcept;
    // Throws hb::Error naming `source` when the id is unknown.
    const Step& get(std::string_view id, const std::string& source) const;
    const std::vector<std::unique_ptr<Step>>& steps() const noexcept { return m_steps; }

private:
    std::vector<std::unique_ptr<Step>> m_steps;
};

// The registry of every built-in step, filled in one place (builtin_steps.cpp) on first use.
const StepRegistry& builtinSteps();

} // namespace hb::steps
