#pragma once

#include "kernel/step.h"

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace hb::steps {

// Every step the program knows, in registration order (families in pipeline order), each with
// its data kind. Lists of steps anywhere (the CLI, the docks) come from here by trait and kind.
class StepRegistry {
public:
    // Throws std::logic_error on a duplicate id or detector command name: both are API.
    void add(std::unique_ptr<Step> step);
    const Step* find(std::string_view id) const noexcept;
    // Throws hb::Error naming `source` when the id is unknown.
    const Step& get(std::string_view id, const std::string& source) const;
    // The same for a step that must work on frames; a series step is an error naming `source`.
    const FrameStep& frameStep(std::string_view id, const std::string& source) const;
    const std::vector<std::unique_ptr<Step>>& steps() const noexcept { return m_steps; }

    // The steps with `trait`, in registration order.
    std::vector<const Step*> withTrait(StepTrait trait) const;
    // The frame detectors (Detector trait, frame kind), in registration order: what
    // `heliobench-cli flags detect` and the Detectors dock offer.
    std::vector<const FrameStep*> frameDetectors() const;
    // The one of them `heliobench-cli flags detect NAME` names, or null.
    const FrameStep* detector(std::string_view commandName) const;

private:
    std::vector<std::unique_ptr<Step>> m_steps;
};

// What one family of steps contributes: it adds its steps in the order they are offered in.
using StepFamily = std::function<void(StepRegistry&)>;
StepRegistry makeRegistry(const std::vector<StepFamily>& families);

// Every built-in family, in the order their steps are offered (builtin_steps.cpp).
std::vector<StepFamily> builtinFamilies();
// The registry of every built-in family, made once on first use.
const StepRegistry& builtinSteps();

} // namespace hb::steps
