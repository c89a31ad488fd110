#pragma once

#include "io/image_layout.h"

#include <optional>
#include <string>

namespace hb::io {

// The catalog's fast path: reads the header blocks of an uncompressed FITS file with plain
// read() calls and parses the cards, without opening the file through CFITSIO (whose open
// costs about 70 us a file and is serialised by its global lock). Handles the primary image
// and an IMAGE extension directly after a header-only primary. Returns nullopt for anything
// else — gzip files, tile-compressed images, unusual layouts, malformed headers — so that the
// caller falls back to readFitsHeader(), which also gives the precise error message.
// Gives the same cards and layout as readFitsHeader() (a test compares them on every real file).
std::optional<FileHeader> readPlainFitsHeader(const std::string& path);

} // namespace hb::io
