#pragma once

#include "core/frame.h"

#include <optional>
#include <string>

namespace hb::io {

enum class FitsPixelType {
    Float32,  // BITPIX -32: products (DN/s, MSB)
    UInt16,   // BITPIX 16 with BZERO 32768: raw detector DN as SECCHI and EXCAM store it
    Int16,    // BITPIX 16: LASCO Level 0.5
    Int32,    // BITPIX 32: SECCHI HI onboard sums
};

struct FitsWriteOptions {
    FitsPixelType pixelType = FitsPixelType::Float32;
    bool writeMask = true;    // MASK image extension with the MaskBits plane
    bool overwrite = false;   // refuse to replace an existing file unless asked
    bool stampDate = true;    // DATE = time of writing; off for reproducible outputs
    // CHECKSUM/DATASUM on every HDU. CFITSIO dates their comments, so reproducible outputs
    // (the simulator's "same seed, same bytes") go without.
    bool writeChecksums = true;
    // Rewrite old date forms to ISO 8601 (needed to pass fitsverify). Off only where a file
    // must look exactly like a mission's raw product (the simulator's LASCO Level 0.5).
    bool modernizeDates = true;
    // Raw value marking undefined integer pixels (SECCHI writes BLANK = 0). Default: the type's
    // most negative value, written only when the image holds NaN.
    std::optional<long long> blank;
    // When set, the primary HDU holds only these cards and the image goes to extension 1, the
    // layout of EXCAM L1 and of tile-compressed archives.
    std::optional<Header> primaryHeader;
};

// Writes `frame` atomically (temporary file + rename) as a conforming FITS file: the header
// cards carried over (see cardsForOutput), the image, then the mask as an extension named MASK
// (BITPIX 16 unsigned, one MASKBn keyword naming each bit). Integer types round and clamp;
// NaN pixels become BLANK. Checksums (CHECKSUM/DATASUM) on every HDU.
// Throws hb::Error naming the output path.
void writeFitsFrame(const Frame& frame, const std::string& path, const FitsWriteOptions& options = {});

} // namespace hb::io
