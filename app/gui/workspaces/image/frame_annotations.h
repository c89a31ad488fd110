#pragma once

#include "core/detection.h"
#include "core/frame.h"
#include "geometry/solar_wcs.h"
#include "image_view.h"

#include <QList>
#include <QString>

#include <optional>

namespace hb::app {

// What the status bar says about the pixel under the mouse at image position (x, y): x, y,
// value, mask bits, and with a solar WCS the helioprojective Tx, Ty in arcsec and the distance
// from Sun centre in solar radii. Empty outside the image.
QString pixelReadout(const Frame& frame, const std::optional<geometry::SolarWcs>& wcs, double x, double y);

// The solar limb, and the occulter's inner edge for coronagraphs, as circles in image pixels.
QList<widgets::ImageView::Circle> solarOverlays(const Frame& frame, const std::optional<geometry::SolarWcs>& wcs);

// What a detector found, to draw over the frame: in its flag's colour when it flags the frame,
// in cyan when the frame passes.
widgets::ImageView::Overlay detectionOverlay(const Detection& detection);

} // namespace hb::app
