#include "core/image.h"

#include "core/error.h"

#include <algorithm>

namespace hb {

Image::Image(int width, int height, float fill)
    : m_width(width)
    , m_height(height)
{
    if (width < 0 || height < 0)
        throw Error({}, "an image cannot have a negative size");
    const auto n = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    m_pixels.assign(n, fill);
    m_mask.assign(n, 0);
}

std::size_t Image::countMasked(MaskBits anyOf) const noexcept
{
    return static_cast<std::size_t>(
        std::count_if(m_mask.begin(), m_mask.end(), [anyOf](MaskBits m) { return (m & anyOf) != 0; }));
}

cv::Mat Image::pixelMat()
{
    return cv::Mat(m_height, m_width, CV_32FC1, m_pixels.data());
}

cv::Mat Image::maskMat()
{
    return cv::Mat(m_height, m_width, CV_16UC1, m_mask.data());
}

} // namespace hb
