#pragma once

#include "core/header.h"

#include <optional>
#include <vector>

namespace hb::io {

// Where and how a file stores its image, known from headers alone.
struct ImageLayout {
    int hdu = 0;       // 0-based HDU index (0 = primary)
    int bitpix = 0;    // as stored: 8, 16, 32, 64, -32, -64 (ZBITPIX for tile-compressed images)
    std::vector<long> axes;  // NAXIS1, NAXIS2, ...
    bool tileCompressed = false;

    int width() const noexcept { return axes.empty() ? 0 : static_cast<int>(axes[0]); }
    int height() const noexcept { return axes.size() < 2 ? 1 : static_cast<int>(axes[1]); }
    long planes() const noexcept;  // product of NAXIS3.. (1 for 2-D images)
};

// A file's header and, when it holds one, where its image is. For an image in an extension
// the header is the extension's cards followed by the primary's cards that the extension does
// not repeat (the INHERIT convention missions follow: EXCAM keeps TELESCOP in the primary).
struct FileHeader {
    Header header;
    std::optional<ImageLayout> image;
};

} // namespace hb::io
