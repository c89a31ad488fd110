#pragma once

#include "core/frame.h"
#include "io/image_layout.h"

#include <optional>
#include <string>

namespace hb::io {

struct FitsReadOptions {
    std::optional<int> hdu;  // 0-based; default: the first HDU holding an image of 2 or more axes
    long plane = 0;          // 0-based plane of a cube (NAXIS3 and beyond, flattened)
};

// Headers only: the cheap path used by the catalog. Throws hb::Error for unreadable files.
FileHeader readFitsHeader(const std::string& path, std::optional<int> hdu = std::nullopt);

// Header and pixels as float32 with BSCALE/BZERO applied (unsigned 16-bit included).
// BLANK values, NaN and infinities become NaN with MaskBit::Missing. `info` is left for the
// identification layer to fill. Files without an image give an empty Image.
// Throws hb::Error: not FITS, truncated (says how many bytes are missing), bad BITPIX, plane
// out of range, HDU out of range.
Frame readFitsFrame(const std::string& path, const FitsReadOptions& options = {});

} // namespace hb::io
