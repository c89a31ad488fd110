#include "review/flag_reason.h"

#include "core/translatable.h"

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

const char* reasonLabel(FlagReason reason) noexcept
{
    switch (reason) {
    case FlagReason::Corrupted: return HB_TR_NOOP("hb::review", "Corrupted");
    case FlagReason::MissingBlocks: return HB_TR_NOOP("hb::review", "Missing blocks");
    case FlagReason::CosmicRayStorm: return HB_TR_NOOP("hb::review", "Cosmic-ray storm");
    case FlagReason::Transient: return HB_TR_NOOP("hb::review", "Comet/planet transient");
    case FlagReason::Saturation: return HB_TR_NOOP("hb::review", "Saturation/bleed");
    case FlagReason::StrayLight: return HB_TR_NOOP("hb::review", "Stray light");
    case FlagReason::PointingJump: return HB_TR_NOOP("hb::review", "Pointing jump");
    case FlagReason::Other: return HB_TR_NOOP("hb::review", "Other (manual)");
    }
    return "";
}

} // namespace hb::review
