#pragma once

#include "core/detection.h"
#include "core/frame.h"
#include "geometry/solar_wcs.h"
#include "image_view.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hb::app {

// What the status bar says about the pixel under the mouse at image position (x, y): x, y,
// value, mask bits, and with a solar WCS the helioprojective Tx, Ty in arcsec and the distance
// from Sun centre in solar radii. Empty outside the image.
QString pixelReadout(const Frame& frame, const std::optional<geometry::SolarWcs>& wcs, double x, double y);

// The solar limb, and the occulter's inner edge for coronagraphs, as circles in image pixels.
QList<widgets::ImageView::Circle> solarOverlays(const Frame& frame, const std::optional<geometry::SolarWcs>& wcs);

// Where a pixel of the file as read lands on the frame shown, through the sky: the pipeline's
// geometry steps (rotation to north, rebinning) rewrite the WCS with the pixels. Unset (the
// identity) when the frame shown is the file as read or either lacks a solar WCS.
using PixelMap = std::function<QPointF(const QPointF&)>;
// "2010-01-17 06:30:05 UT", or "time unknown".
QString observationTimeText(const ObservationInfo& info);

// The caption over the frame: "2010-01-17 06:30:05 UT  LASCO C2  frame 3 of 10", with
// "processed" when it went through the pipeline. `position` counts from 0; -1: not in the sequence.
QString frameCaption(const ObservationInfo& info, int position, int count, bool processed);

PixelMap asReadToShown(const Frame& asRead, const Frame& shown);

// What a detector found (in the pixels of the file as read, where detectors look), to draw over
// the frame shown through `toShown`: in its flag's colour when it flags the frame, in cyan when
// the frame passes.
widgets::ImageView::Overlay detectionOverlay(const Detection& detection, const PixelMap& toShown = {});

} // namespace hb::app
