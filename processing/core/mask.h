#pragma once

#include <cstdint>
#include <string_view>

namespace hb {

// Per-pixel quality bits carried beside every image. Steps keep them current and exports write
// them as a FITS extension; a pixel may carry several bits. Values are stable: they are written
// into files (MASK extension, keywords MASKBnn).
using MaskBits = std::uint16_t;

enum class MaskBit : MaskBits {
    Missing = 1u << 0,     // telemetry gap, BLANK or NaN in the file: no measurement
    Saturated = 1u << 1,   // detector full well or a saturated bleed column/row
    CosmicRay = 1u << 2,   // particle hit or its tail
    BadPixel = 1u << 3,    // hot/dead pixel from a calibration map
    OutsideFov = 1u << 4,  // occulter, onboard corner mask, outside the field of view
    User = 1u << 5,        // marked by the scientist
};

constexpr MaskBits bits(MaskBit b) noexcept { return static_cast<MaskBits>(b); }
constexpr MaskBits operator|(MaskBit a, MaskBit b) noexcept { return bits(a) | bits(b); }
constexpr MaskBits operator|(MaskBits a, MaskBit b) noexcept { return static_cast<MaskBits>(a | bits(b)); }

inline constexpr MaskBit kAllMaskBits[] = {MaskBit::Missing,  MaskBit::Saturated,  MaskBit::CosmicRay,
                                           MaskBit::BadPixel, MaskBit::OutsideFov, MaskBit::User};

// Stable upper-case names used in FITS keywords and JSON.
std::string_view maskBitName(MaskBit bit) noexcept;

} // namespace hb
