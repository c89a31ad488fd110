#include "review/flag_reason.h"

namespace hb::review {

std::string_view reasonKey(FlagReason reason) noexcept
{
    switch (reason) {
    case FlagReason::Corrupted: return "corrupted";
    case FlagReason::MissingBlocks: return "missing_blocks";
    case FlagReason::CosmicRayStorm: return "cosmic_ray_storm";
    case FlagReason::Transient: return "transient";
    case FlagReason::Saturation: return "saturation";
    case FlagReason::StrayLight: return "stray_light";
    case FlagReason::PointingJump: return "pointing_jump";
    case FlagReason::Other: return "other";
    }
    return "other";
}

std::optional<FlagReason> reasonFromKey(std::string_view key) noexcept
{
    for (FlagReason r : kAllReasons)
        if (reasonKey(r) == key)
            return r;
    return std::nullopt;
}

} // namespace hb::review
