#pragma once

#include "core/observation_info.h"

#include <cstdint>
#include <string>

namespace hb {

// One file of a scanned folder: what it is (from headers only) or why it could not be read.
struct CatalogEntry {
    ObservationInfo info;  // info.path is always set
    bool ok = false;
    std::string error;     // a sentence naming what is wrong when !ok
    bool hasPixels = false;  // the image's pixels are in the file (not a .header text, not NAXIS = 0)
    // Why the file is readable only in part (its data cut short of what the header declares);
    // empty when it is whole. Known from the header and the file size, at scan time.
    std::string damage;
    std::uintmax_t fileSize = 0;
    std::int64_t modifiedNs = 0;  // file modification time, ns since 1970 (file identity for flags)
};

} // namespace hb
