#include "io/image_layout.h"

namespace hb::io {

long ImageLayout::planes() const noexcept
{
    long n = 1;
    for (std::size_t i = 2; i < axes.size(); ++i)
        n *= axes[i];
    return n;
}

} // namespace hb::io
