#pragma once

#include "core/frame.h"
#include "io/fits/fits_reader.h"
#include "io/image_layout.h"

#include <string>

namespace hb::io {

// The entry points the rest of the program uses to read an input file of any supported kind:
// FITS (plain, gzip-compressed, tile-compressed) and `.header` text files.
bool isHeaderTextFile(const std::string& path);

FileHeader readFileHeader(const std::string& path);

// Header, pixels and identification. A `.header` file gives a frame without pixels.
// Throws hb::Error naming the file and the problem.
Frame readFrame(const std::string& path, const FitsReadOptions& options = {});

} // namespace hb::io
