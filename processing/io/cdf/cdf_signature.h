#pragma once

#include <string>

namespace hb::io {

// True when the file starts with a NASA CDF magic number (version 3: CDF30001; version 2.6 and
// later: CDF26002; 2.5 and earlier: 0000FFFF). Reads 4 bytes.
bool hasCdfSignature(const std::string& path);

} // namespace hb::io
