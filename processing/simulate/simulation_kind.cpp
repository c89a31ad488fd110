#include "simulate/simulation_kind.h"

#include <array>

namespace hb::simulate {

namespace {
constexpr std::array kKinds{SimulationKind::Cor1, SimulationKind::Cor2,    SimulationKind::Euvi,
                            SimulationKind::Hi1,  SimulationKind::Hi2,     SimulationKind::LascoC2,
                            SimulationKind::LascoC3, SimulationKind::Excam, SimulationKind::Mag};
}

std::string_view kindName(SimulationKind kind) noexcept
{
    switch (kind) {
    case SimulationKind::Cor1: return "cor1";
    case SimulationKind::Cor2: return "cor2";
    case SimulationKind::Euvi: return "euvi";
    case SimulationKind::Hi1: return "hi1";
    case SimulationKind::Hi2: return "hi2";
    case SimulationKind::LascoC2: return "lasco-c2";
    case SimulationKind::LascoC3: return "lasco-c3";
    case SimulationKind::Excam: return "excam";
    case SimulationKind::Mag: return "mag";
    }
    return "unknown";
}

std::optional<SimulationKind> parseKind(std::string_view name) noexcept
{
    for (SimulationKind k : kKinds)
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

std::span<const SimulationKind> allKinds() noexcept
{
    return kKinds;
}

} // namespace hb::simulate
