#pragma once

#include <vector>

namespace hb::simulate {

// Where each pixel of a simulated detector looks, in the frame the scene models need.
// The pixel grid follows the FITS WCS the simulator writes: helioprojective longitude and
// latitude through a gnomonic (TAN, or AZP with PV2_1 = 0, which is the same) projection,
// CDELT in degrees, PC = rotation by `rollDegrees`. Pixel (i, j), 0-based, is FITS (i+1, j+1).
struct ViewGeometry {
    int width = 0, height = 0;
    double crpix1 = 0, crpix2 = 0;  // 1-based reference pixel
    double crval1 = 0, crval2 = 0;  // degrees, HPLN/HPLT of the reference pixel
    double cdeltDegrees = 0;
    double rollDegrees = 0;
    double observerDistanceRsun = 215.0;  // 1 AU
};

// Per pixel: rho = the line of sight's closest distance to the Sun in solar radii (what
// coronal brightness depends on), pa = position angle in degrees counter-clockwise from solar
// north (0..360), elongation in degrees.
struct SkyMap {
    int width = 0, height = 0;
    std::vector<float> rho, pa, elongation;
};

SkyMap computeSkyMap(const ViewGeometry& view);

// Helioprojective longitude/latitude (degrees) to pixel (0-based) and back, same projection.
void skyToPixel(const ViewGeometry& view, double lonDeg, double latDeg, double& x, double& y);
void pixelToSky(const ViewGeometry& view, double x, double y, double& lonDeg, double& latDeg);

// A coronal mass ejection: a bright shell at rho = front(t) within +-halfWidth of its position
// angle, expanding at constant speed. Units: solar radii, hours, degrees.
struct CmeModel {
    double paDegrees = 90;
    double halfWidthDegrees = 30;
    double startRsun = 2.0;
    double speedRsunPerHour = 4.0;  // 800 km/s
    double thicknessRsun = 0.6;
    double contrast = 0.8;  // shell peak relative to the local K+F corona
    double frontRsun(double hoursSinceStart) const { return startRsun + speedRsunPerHour * hoursSinceStart; }
};

// Steady corona: F corona (dust, rho^-2.3) plus K corona (rho^-3 .. rho^-7) brightened along
// equatorial streamers. Returns relative units (1 at rho = 5 Rsun on the equator, about).
double backgroundCorona(double rho, double paDegrees);
// The CME shell's added brightness at (rho, pa), hours after its start; 0 when no CME.
double cmeBrightness(const CmeModel& cme, double hours, double rho, double paDegrees);
// EUV disk and low corona for EUVI: limb-brightened disk with active regions.
double euvDisk(double rho, double paDegrees, double x, double y);

} // namespace hb::simulate
