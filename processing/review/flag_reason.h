#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace hb::review {

// Why a frame is flagged. The keys are stored in review databases and written to exported
// lists: never renamed. The number keys of review mode follow this order (1 = Corrupted).
enum class FlagReason {
    Corrupted,
    MissingBlocks,
    CosmicRayStorm,
    Transient,      // comet or planet in the field
    Saturation,     // saturation or bleeding
    StrayLight,
    PointingJump,
    Other,          // manual, anything else (say what in the note)
};

inline constexpr std::array<FlagReason, 8> kAllReasons = {
    FlagReason::Corrupted,  FlagReason::MissingBlocks, FlagReason::CosmicRayStorm, FlagReason::Transient,
    FlagReason::Saturation, FlagReason::StrayLight,    FlagReason::PointingJump,   FlagReason::Other};

std::string_view reasonKey(FlagReason reason) noexcept;  // "corrupted", "missing_blocks", ...
std::optional<FlagReason> reasonFromKey(std::string_view key) noexcept;

} // namespace hb::review
