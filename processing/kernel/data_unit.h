#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hb::steps {

class StepRegistry;
struct Pipeline;

// What a frame's values are as a pipeline takes them from Level 0 to products: raw counts with
// the bias in, counts, counts per second, mean solar brightness, and what sequence steps derive.
enum class DataUnit { RawDn, Dn, DnPerSecond, Msb, Ratio, Difference, Normalised };
std::string_view dataUnitName(DataUnit unit) noexcept;  // "raw DN", "DN", "DN/s", "MSB", ...
std::string_view dataUnitKey(DataUnit unit) noexcept;   // "raw_dn", "dn", "dn_s", ...: for settings keys

// What a step needs and gives. Steps that work on any values and keep them say nothing.
struct UnitRule {
    std::vector<DataUnit> accepts;  // empty: any
    std::optional<DataUnit> gives;  // unset: what it was given

    bool accepting(DataUnit unit) const;
};

// Orders that make no sense (a running difference before the bias is subtracted, a calibration
// factor on counts that were not normalised): one sentence per step given values it does not
// take, naming it and the step that made them. The input's values are not assumed: the first
// step that says what it gives sets them. Enabled steps only; unknown ids are not judged here.
std::vector<std::string> unitProblems(const Pipeline& pipeline, const StepRegistry& registry);

// What the pipeline's output values are: what the last enabled step that says gives; unset
// when no step says (the values are as the input's).
std::optional<DataUnit> unitGiven(const Pipeline& pipeline, const StepRegistry& registry);

} // namespace hb::steps
