#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hb::steps {

// The kinds of data a step works on. A pipeline holds steps of one kind.
enum class DataKind { Frame, TimeSeries };
std::string_view dataKindName(DataKind kind) noexcept;  // "frame", "series": pipeline files, `steps --json`
// Throws hb::Error naming `source` for an unknown name.
DataKind dataKindFromName(std::string_view name, const std::string& source);

// What a step is besides its parameters. Whoever lists steps (the CLI, the docks, the engine)
// asks for traits instead of reading meaning into ids.
enum class StepTrait : unsigned {
    // Works on a frame together with other frames of its ordered sequence (running difference,
    // backgrounds, noise gating): runs on the sequence engine.
    Sequence = 1u << 0,
    // Judges the frame and passes it on unchanged with a verdict: offered by `flags detect` and
    // the Detectors dock.
    Detector = 1u << 1,
    // Moves pixels (rotation, rebinning): what is drawn over a frame in raw coordinates must be
    // carried through it.
    Geometry = 1u << 2,
    // May refuse frames (reject lists, image selection): a frame that leaves it is not a failure.
    Selection = 1u << 3,
};
// A set of traits; a single trait converts to it, so declarations read `StepTrait::Detector`.
class StepTraits {
public:
    constexpr StepTraits() = default;
    constexpr StepTraits(StepTrait trait) : m_bits(static_cast<unsigned>(trait)) {}
    constexpr bool has(StepTrait trait) const noexcept { return (m_bits & static_cast<unsigned>(trait)) != 0; }
    constexpr StepTraits& operator|=(StepTraits other) noexcept
    {
        m_bits |= other.m_bits;
        return *this;
    }
    friend constexpr StepTraits operator|(StepTraits a, StepTraits b) noexcept { return a |= b; }
    constexpr bool operator==(const StepTraits&) const = default;

private:
    unsigned m_bits = 0;
};
constexpr StepTraits operator|(StepTrait a, StepTrait b) noexcept
{
    return StepTraits(a) | StepTraits(b);
}
std::vector<std::string_view> traitNames(StepTraits traits);  // "sequence", "detector", ...

// What a step is, for the registry, the panels, `heliobench-cli steps` and HISTORY cards. Says
// nothing of the data kind: the registry keeps the kind with the step's operation.
struct StepDescriptor {
    std::string id;           // "family.snake_name": stable, never reused
    int version = 1;          // of the parameter format; older pipelines are migrated
    std::string title;        // HB_TR_NOOP("hb::steps", ...)
    std::string description;  // one paragraph: what it does, units in and out, what it needs
    std::vector<std::string> detectors;  // DETECTOR values it applies to; empty: any
    StepTraits traits;
    // For Detector steps: the name `heliobench-cli flags detect` takes ("missing-blocks"). A
    // stable API like the id.
    std::string commandName;

    bool has(StepTrait trait) const noexcept { return traits.has(trait); }
};

} // namespace hb::steps
