#pragma once

#include "core/header.h"

#include <optional>

namespace hb::geometry {

// Pixel <-> helioprojective coordinates from a header's celestial WCS: CTYPE HPLN/HPLT (any
// zenithal code read as TAN; AZP only with PV2_1 = 0) or LASCO's SOLAR-X/SOLAR-Y, CUNIT arcsec
// or deg, CDELT, and PCi_j or CROTA/CROTA1/CROTA2 (PC wins). Pixels are 0-based (FITS pixel
// minus 1). The solar radius comes from RSUN (arcsec), else from DSUN_OBS, else 1 AU is
// assumed and `rsunAssumed` says so.
class SolarWcs {
public:
    static std::optional<SolarWcs> fromHeader(const Header& header);

    struct Helioprojective {
        double txArcsec, tyArcsec;  // helioprojective longitude and latitude
        double rhoRsun;              // angular distance from the Sun centre in solar radii
    };
    Helioprojective pixelToSky(double x, double y) const;
    void skyToPixel(double txArcsec, double tyArcsec, double& x, double& y) const;

    double rsunArcsec() const noexcept { return m_rsunArcsec; }
    // Plate scale along each axis (CDELT), arcsec per pixel.
    double scale1Arcsec() const noexcept { return m_cdelt1 * 3600.0; }
    double scale2Arcsec() const noexcept { return m_cdelt2 * 3600.0; }
    bool rsunAssumed() const noexcept { return m_rsunAssumed; }
    // Solar radius in pixels along axis 1 (for limb and occulter overlays).
    double rsunPixels() const noexcept;

private:
    double m_crpix1 = 0, m_crpix2 = 0;
    double m_crval1 = 0, m_crval2 = 0;  // degrees
    double m_cdelt1 = 1, m_cdelt2 = 1;  // degrees per pixel
    double m_pc[2][2] = {{1, 0}, {0, 1}};
    double m_rsunArcsec = 959.63;
    bool m_rsunAssumed = true;
};

} // namespace hb::geometry
