#pragma once

#include "core/image.h"
#include "render/display_scaling.h"

#include <QImage>

namespace hb::app {

// An image drawn with display settings (row 0 at the bottom, as astronomers draw it).
QImage renderPicture(const Image& image, const render::DisplaySettings& display);
// Tints the pixels a scientist must not trust (missing, saturated, cosmic rays, bad, user
// marks) in red over a rendered picture of `image`; the occulter and corners stay as drawn.
void overlayShownMask(const Image& image, QImage& picture);
// a - b on a diverging gray scale; a null picture when the sizes differ. `range` (may be null)
// gets the value drawn white (its negative is black).
QImage renderDifferencePicture(const Image& a, const Image& b, double* range = nullptr);

} // namespace hb::app
