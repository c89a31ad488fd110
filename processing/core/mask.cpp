#include "core/mask.h"

namespace hb {

std::string_view maskBitName(MaskBit bit) noexcept
{
    switch (bit) {
    case MaskBit::Missing: return "MISSING";
    case MaskBit::Saturated: return "SATURATED";
    case MaskBit::CosmicRay: return "COSMIC_RAY";
    case MaskBit::BadPixel: return "BAD_PIXEL";
    case MaskBit::OutsideFov: return "OUTSIDE_FOV";
    case MaskBit::User: return "USER";
    }
    return "UNKNOWN";
}

} // namespace hb
