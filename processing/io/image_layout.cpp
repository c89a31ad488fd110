#include "io/image_layout.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace hb::io {

long ImageLayout::planes() const noexcept
{
    long n = 1;
    for (std::size_t i = 2; i < axes.size(); ++i)
        n *= axes[i];
    return n;
}

std::string describeCutShort(const ImageLayout& layout)
{
    const long long bytesPerPixel = std::abs(layout.bitpix) / 8;
    const long long pixels = bytesPerPixel > 0 ? layout.dataBytes / bytesPerPixel : 0;
    const long long present = bytesPerPixel > 0 ? std::max(0LL, layout.presentBytes) / bytesPerPixel : 0;
    return "the file is cut short: it holds " + std::to_string(present) + " of the " + std::to_string(pixels) +
           " pixels its header declares (" + std::to_string(layout.dataBytes - std::max(0LL, layout.presentBytes)) +
           " bytes missing)";
}

} // namespace hb::io
