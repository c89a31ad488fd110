#pragma once

namespace hb::geometry {

// The zenithal gnomonic (TAN) projection of FITS WCS Paper II, with the native pole at the
// reference point (CRVAL1, CRVAL2) and LONPOLE = 180: intermediate world coordinates (degrees,
// after CDELT and PC) <-> helioprojective longitude/latitude (degrees). AZP with PV2_1 = 0 is
// the same projection.
void intermediateToSky(double crval1, double crval2, double xDeg, double yDeg, double& lonDeg, double& latDeg);
void skyToIntermediate(double crval1, double crval2, double lonDeg, double latDeg, double& xDeg, double& yDeg);

} // namespace hb::geometry
