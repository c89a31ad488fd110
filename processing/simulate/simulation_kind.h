#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace hb::simulate {

enum class SimulationKind { Cor1, Cor2, Euvi, Hi1, Hi2, LascoC2, LascoC3, Excam, Mag };

// Command-line names: cor1 cor2 euvi hi1 hi2 lasco-c2 lasco-c3 excam mag.
std::string_view kindName(SimulationKind kind) noexcept;
std::optional<SimulationKind> parseKind(std::string_view name) noexcept;
std::span<const SimulationKind> allKinds() noexcept;

} // namespace hb::simulate
