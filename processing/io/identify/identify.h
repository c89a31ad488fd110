#pragma once

#include "core/observation_info.h"
#include "io/image_layout.h"

#include <string>

namespace hb::io {

// Identifies a file from its header, with its name as support (see naming/). Header values
// win; where header and name disagree a sentence is added to `warnings`; what neither says
// stays empty. Throws hb::Error (naming the file) when a keyword the identification needs has a
// garbage value, such as EXPTIME = 'abc' or an unreadable DATE-OBS.
ObservationInfo identify(const FileHeader& file, const std::string& path);

} // namespace hb::io
