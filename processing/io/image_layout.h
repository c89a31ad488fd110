#pragma once

#include "core/header.h"

#include <optional>
#include <string>
#include <vector>

namespace hb::io {

// Where and how a file stores its image, known from headers alone.
struct ImageLayout {
    int hdu = 0;       // 0-based HDU index (0 = primary)
    int bitpix = 0;    // as stored: 8, 16, 32, 64, -32, -64 (ZBITPIX for tile-compressed images)
    std::vector<long> axes;  // NAXIS1, NAXIS2, ...
    bool tileCompressed = false;
    // The data unit as the header sizes it, and how much of it the file holds (known for plain
    // uncompressed files; -1 where CFITSIO decodes the data itself: tile-compressed, gzip).
    long long dataBytes = -1;
    long long presentBytes = -1;

    int width() const noexcept { return axes.empty() ? 0 : static_cast<int>(axes[0]); }
    int height() const noexcept { return axes.size() < 2 ? 1 : static_cast<int>(axes[1]); }
    long planes() const noexcept;  // product of NAXIS3.. (1 for 2-D images)
    bool cutShort() const noexcept { return dataBytes >= 0 && presentBytes >= 0 && presentBytes < dataBytes; }
};

// "the file is cut short: it holds 1,024 of the 262,144 pixels its header declares (...)".
std::string describeCutShort(const ImageLayout& layout);

// A file's header and, when it holds one, where its image is. For an image in an extension
// the header is the extension's cards followed by the primary's cards that the extension does
// not repeat (the INHERIT convention missions follow: EXCAM keeps TELESCOP in the primary).
struct FileHeader {
    Header header;
    std::optional<ImageLayout> image;
};

} // namespace hb::io
