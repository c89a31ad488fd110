#include "workspaces/image/frame_pictures.h"

#include "render/difference.h"

namespace hb::app {

QImage renderPicture(const Image& image, const render::DisplaySettings& display)
{
    QImage picture(image.width(), image.height(), QImage::Format_RGB32);
    render::renderToRgb(image, display, reinterpret_cast<std::uint32_t*>(picture.bits()),
                        static_cast<int>(picture.bytesPerLine() / 4));
    return picture;
}

void overlayShownMask(const Image& image, QImage& picture)
{
    constexpr MaskBits kShownMask = MaskBit::Missing | MaskBit::Saturated | MaskBit::CosmicRay | MaskBit::BadPixel | MaskBit::User;
    render::overlayMask(image, kShownMask, 0xE03030u, 0.55f, reinterpret_cast<std::uint32_t*>(picture.bits()),
                        static_cast<int>(picture.bytesPerLine() / 4));
}

QImage renderDifferencePicture(const Image& a, const Image& b, double* range)
{
    if (a.width() != b.width() || a.height() != b.height())
        return {};
    QImage picture(a.width(), a.height(), QImage::Format_RGB32);
    const double scale = render::renderDifference(a, b, reinterpret_cast<std::uint32_t*>(picture.bits()),
                                                  static_cast<int>(picture.bytesPerLine() / 4));
    if (range)
        *range = scale;
    return picture;
}

} // namespace hb::app
