#include "workspaces/image/frame_annotations.h"

#include "flag_style.h"
#include "instrument_display_defaults.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace hb::app {

QString pixelReadout(const Frame& frame, const std::optional<geometry::SolarWcs>& wcs, double x, double y)
{
    const Image& image = frame.image;
    const int ix = static_cast<int>(std::lround(x)), iy = static_cast<int>(std::lround(y));
    if (ix < 0 || iy < 0 || ix >= image.width() || iy >= image.height())
        return {};
    QString text = QCoreApplication::translate("FrameAnnotations", "x %1  y %2  value %3").arg(ix, 4).arg(iy, 4).arg(static_cast<double>(image.at(ix, iy)), 10, 'g', 6);
    if (const MaskBits mask = image.maskAt(ix, iy); mask != 0) {
        QStringList names;
        for (MaskBit b : kAllMaskBits)
            if (mask & bits(b))
                names << QString::fromLatin1(maskBitName(b).data());
        text += QStringLiteral("  [") + names.join(QLatin1Char(',')) + QStringLiteral("]");
    }
    if (wcs) {
        const auto p = wcs->pixelToSky(x, y);
        text += QCoreApplication::translate("FrameAnnotations", "  Tx %1\"  Ty %2\"  r %3 Rsun").arg(p.txArcsec, 8, 'f', 1).arg(p.tyArcsec, 8, 'f', 1).arg(p.rhoRsun, 5, 'f', 2);
    }
    return text;
}

QList<widgets::ImageView::Circle> solarOverlays(const Frame& frame, const std::optional<geometry::SolarWcs>& wcs)
{
    QList<widgets::ImageView::Circle> circles;
    if (!wcs)
        return circles;
    double cx = 0, cy = 0;
    wcs->skyToPixel(0.0, 0.0, cx, cy);
    circles.append({QPointF(cx, cy), wcs->rsunPixels(), QColor(255, 255, 255, 160)});
    if (const double occulter = occulterRsun(frame.info.detector.value_or("")); occulter > 0)
        circles.append({QPointF(cx, cy), occulter * wcs->rsunPixels(), QColor(255, 200, 0, 160)});
    return circles;
}

widgets::ImageView::Overlay detectionOverlay(const Detection& detection)
{
    widgets::ImageView::Overlay overlay;
    const auto reason = review::reasonFromKey(detection.reason);
    overlay.colour = detection.flagged && reason ? widgets::flagColour(*reason) : QColor(80, 220, 255);
    for (const Detection::Segment& s : detection.lines)
        overlay.lines << QLineF(s.x0, s.y0, s.x1, s.y1);
    for (const Detection::Region& r : detection.regions)
        overlay.boxes << QRect(r.x, r.y, r.width, r.height);
    for (const Detection::Blob& b : detection.blobs)
        overlay.circles << widgets::ImageView::Circle{QPointF(b.x, b.y), b.radius, overlay.colour};
    return overlay;
}

} // namespace hb::app
