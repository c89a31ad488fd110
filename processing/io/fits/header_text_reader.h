#pragma once

#include "io/image_layout.h"

#include <string>

namespace hb::io {

// Reads a `.header` file: a FITS header as text, one card per line (80 characters, or fewer
// when trailing blanks were stripped). The image layout comes from BITPIX/NAXISn; there are no
// pixels. Throws hb::Error when a line is longer than a card, holds non-printable characters,
// or the first card is neither SIMPLE nor XTENSION.
FileHeader readHeaderText(const std::string& path);

} // namespace hb::io
