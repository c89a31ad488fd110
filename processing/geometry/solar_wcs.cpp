#include "geometry/solar_wcs.h"

#include "geometry/gnomonic.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hb::geometry {

namespace {
constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kSolarRadiusMeters = 6.957e8;
constexpr double kAuMeters = 1.495978707e11;

double unitToDegrees(const Header& h, const char* key)
{
    const std::string unit = h.text(key).value_or("arcsec");
    if (unit.starts_with("deg"))
        return 1.0;
    if (unit.starts_with("arcmin"))
        return 1.0 / 60.0;
    return 1.0 / 3600.0;  // arcsec: the default for SECCHI COR/EUVI and LASCO
}
} // namespace

std::optional<SolarWcs> SolarWcs::fromHeader(const Header& h)
{
    const std::string ctype1 = h.text("CTYPE1").value_or("");
    const bool helioprojective = ctype1.starts_with("HPLN") || ctype1.starts_with("SOLAR-X") || ctype1.starts_with("SOLAR_X");
    const auto crpix1 = h.number("CRPIX1"), crpix2 = h.number("CRPIX2");
    const auto cdelt1 = h.number("CDELT1"), cdelt2 = h.number("CDELT2");
    if (!helioprojective || !crpix1 || !crpix2 || !cdelt1 || !cdelt2 || *cdelt1 == 0.0 || *cdelt2 == 0.0)
        return std::nullopt;
    if (ctype1.find("AZP") != std::string::npos && h.number("PV2_1").value_or(0.0) != 0.0)
        return std::nullopt;  // a true AZP (HI with mu != 0) is not drawn as TAN
    SolarWcs w;
    const double u1 = unitToDegrees(h, "CUNIT1"), u2 = unitToDegrees(h, "CUNIT2");
    w.m_crpix1 = *crpix1 - 1.0;
    w.m_crpix2 = *crpix2 - 1.0;
    w.m_crval1 = h.number("CRVAL1").value_or(0.0) * u1;
    w.m_crval2 = h.number("CRVAL2").value_or(0.0) * u2;
    w.m_cdelt1 = *cdelt1 * u1;
    w.m_cdelt2 = *cdelt2 * u2;
    if (h.contains("PC1_1")) {
        w.m_pc[0][0] = h.number("PC1_1").value_or(1.0);
        w.m_pc[0][1] = h.number("PC1_2").value_or(0.0);
        w.m_pc[1][0] = h.number("PC2_1").value_or(0.0);
        w.m_pc[1][1] = h.number("PC2_2").value_or(1.0);
    } else {
        double crota = 0.0;
        for (const char* key : {"CROTA2", "CROTA", "CROTA1"})
            if (const auto v = h.number(key)) {
                crota = *v;
                break;
            }
        const double c = std::cos(crota * kDeg), s = std::sin(crota * kDeg);
        w.m_pc[0][0] = c;
        w.m_pc[0][1] = -s * w.m_cdelt2 / w.m_cdelt1;
        w.m_pc[1][0] = s * w.m_cdelt1 / w.m_cdelt2;
        w.m_pc[1][1] = c;
    }
    if (const auto rsun = h.number("RSUN"); rsun && *rsun > 0.0) {
        w.m_rsunArcsec = *rsun;
        w.m_rsunAssumed = false;
    } else if (const auto dsun = h.number("DSUN_OBS"); dsun && *dsun > 0.0) {
        w.m_rsunArcsec = std::asin(kSolarRadiusMeters / *dsun) / kDeg * 3600.0;
        w.m_rsunAssumed = false;
    } else {
        w.m_rsunArcsec = std::asin(kSolarRadiusMeters / kAuMeters) / kDeg * 3600.0;
    }
    return w;
}

SolarWcs::Helioprojective SolarWcs::pixelToSky(double x, double y) const
{
    const double dx = x - m_crpix1, dy = y - m_crpix2;
    const double ix = m_cdelt1 * (m_pc[0][0] * dx + m_pc[0][1] * dy);
    const double iy = m_cdelt2 * (m_pc[1][0] * dx + m_pc[1][1] * dy);
    double lon = 0, lat = 0;
    intermediateToSky(m_crval1, m_crval2, ix, iy, lon, lat);
    const double cosRho = std::cos(lon * kDeg) * std::cos(lat * kDeg);
    const double rhoArcsec = std::acos(std::clamp(cosRho, -1.0, 1.0)) / kDeg * 3600.0;
    return {lon * 3600.0, lat * 3600.0, rhoArcsec / m_rsunArcsec};
}

void SolarWcs::skyToPixel(double txArcsec, double tyArcsec, double& x, double& y) const
{
    double ix = 0, iy = 0;
    skyToIntermediate(m_crval1, m_crval2, txArcsec / 3600.0, tyArcsec / 3600.0, ix, iy);
    // Invert CDELT * PC.
    const double a = m_cdelt1 * m_pc[0][0], b = m_cdelt1 * m_pc[0][1];
    const double c = m_cdelt2 * m_pc[1][0], d = m_cdelt2 * m_pc[1][1];
    const double det = a * d - b * c;
    x = m_crpix1 + (d * ix - b * iy) / det;
    y = m_crpix2 + (-c * ix + a * iy) / det;
}

double SolarWcs::rsunPixels() const noexcept
{
    return m_rsunArcsec / 3600.0 / std::fabs(m_cdelt1);
}

} // namespace hb::geometry
