#include "geometry/gnomonic.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hb::geometry {

namespace {
constexpr double kDeg = std::numbers::pi / 180.0;
}

void intermediateToSky(double crval1, double crval2, double xDeg, double yDeg, double& lonDeg, double& latDeg)
{
    const double r = std::hypot(xDeg, yDeg);
    const double phi = std::atan2(xDeg, -yDeg);
    const double theta = r == 0.0 ? std::numbers::pi / 2 : std::atan(180.0 / (std::numbers::pi * r));
    const double a0 = crval1 * kDeg, d0 = crval2 * kDeg;
    const double dphi = phi - std::numbers::pi;  // phi - LONPOLE
    const double sinLat = std::sin(theta) * std::sin(d0) + std::cos(theta) * std::cos(d0) * std::cos(dphi);
    const double y = -std::cos(theta) * std::sin(dphi);
    const double x = std::sin(theta) * std::cos(d0) - std::cos(theta) * std::sin(d0) * std::cos(dphi);
    latDeg = std::asin(std::clamp(sinLat, -1.0, 1.0)) / kDeg;
    lonDeg = (a0 + std::atan2(y, x)) / kDeg;
    if (lonDeg > 180.0)
        lonDeg -= 360.0;
    if (lonDeg < -180.0)
        lonDeg += 360.0;
}

void skyToIntermediate(double crval1, double crval2, double lonDeg, double latDeg, double& xDeg, double& yDeg)
{
    const double a = lonDeg * kDeg, d = latDeg * kDeg;
    const double a0 = crval1 * kDeg, d0 = crval2 * kDeg;
    const double sinTheta = std::sin(d) * std::sin(d0) + std::cos(d) * std::cos(d0) * std::cos(a - a0);
    const double theta = std::asin(std::clamp(sinTheta, -1.0, 1.0));
    const double phi = std::numbers::pi
                     + std::atan2(-std::cos(d) * std::sin(a - a0),
                                  std::sin(d) * std::cos(d0) - std::cos(d) * std::sin(d0) * std::cos(a - a0));
    const double r = 180.0 / std::numbers::pi / std::tan(theta);
    xDeg = r * std::sin(phi);
    yDeg = -r * std::cos(phi);
}

} // namespace hb::geometry
