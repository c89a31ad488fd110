#include "workspaces/image/frame_annotations.h"

#include "flag_style.h"
#include "catalog/sequence_selector.h"
#include "instrument_display_defaults.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
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

QString observationTimeText(const ObservationInfo& info)
{
    if (!info.time)
        return QCoreApplication::translate("FrameAnnotations", "time unknown");
    return QString::fromStdString(info.time->toIso(0)).replace(QLatin1Char('T'), QLatin1Char(' ')) + QStringLiteral(" UT");
}

QString frameCaption(const ObservationInfo& info, int position, int count, bool processed)
{
    QStringList parts;
    parts << observationTimeText(info) << QString::fromStdString(instrumentLabel(info));
    if (position >= 0 && count > 0)
        parts << QCoreApplication::translate("FrameAnnotations", "frame %1 of %2").arg(position + 1).arg(count);
    if (processed)
        parts << QCoreApplication::translate("FrameAnnotations", "processed");
    return parts.join(QStringLiteral("   "));
}

PixelMap asReadToShown(const Frame& asRead, const Frame& shown)
{
    if (&asRead == &shown)
        return {};
    const auto from = geometry::SolarWcs::fromHeader(asRead.header);
    const auto to = geometry::SolarWcs::fromHeader(shown.header);
    if (!from || !to)
        return {};
    return [from = *from, to = *to](const QPointF& p) {
        const geometry::SolarWcs::Helioprojective sky = from.pixelToSky(p.x(), p.y());
        double x = 0, y = 0;
        to.skyToPixel(sky.txArcsec, sky.tyArcsec, x, y);
        return QPointF(x, y);
    };
}

widgets::ImageView::Overlay detectionOverlay(const Detection& detection, const PixelMap& toShown)
{
    const auto map = [&](double x, double y) { return toShown ? toShown(QPointF(x, y)) : QPointF(x, y); };
    widgets::ImageView::Overlay overlay;
    const auto reason = review::reasonFromKey(detection.reason);
    overlay.colour = detection.flagged && reason ? widgets::flagColour(*reason) : QColor(80, 220, 255);
    for (const Detection::Segment& s : detection.lines)
        overlay.lines << QLineF(map(s.x0, s.y0), map(s.x1, s.y1));
    for (const Detection::Region& r : detection.regions) {
        // The pixels' outer corners, mapped: a box stays on the same pixels when turned or rebinned.
        const QPointF a = map(r.x - 0.5, r.y - 0.5), b = map(r.x + r.width - 0.5, r.y + r.height - 0.5);
        const int x0 = static_cast<int>(std::lround(std::min(a.x(), b.x()) + 0.5));
        const int y0 = static_cast<int>(std::lround(std::min(a.y(), b.y()) + 0.5));
        const int x1 = static_cast<int>(std::lround(std::max(a.x(), b.x()) + 0.5));
        const int y1 = static_cast<int>(std::lround(std::max(a.y(), b.y()) + 0.5));
        overlay.boxes << QRect(x0, y0, std::max(1, x1 - x0), std::max(1, y1 - y0));
    }
    for (const Detection::Blob& b : detection.blobs) {
        const QPointF centre = map(b.x, b.y);
        const QPointF edge = map(b.x + b.radius, b.y);
        overlay.circles << widgets::ImageView::Circle{centre, std::hypot(edge.x() - centre.x(), edge.y() - centre.y()), overlay.colour};
    }
    return overlay;
}

} // namespace hb::app
