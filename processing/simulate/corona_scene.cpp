#include "simulate/corona_scene.h"

#include "geometry/gnomonic.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hb::simulate {

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

} // namespace

void pixelToSky(const ViewGeometry& v, double x, double y, double& lonDeg, double& latDeg)
{
    const double px = (x + 1.0 - v.crpix1) * v.cdeltDegrees;
    const double py = (y + 1.0 - v.crpix2) * v.cdeltDegrees;
    const double c = std::cos(v.rollDegrees * kDeg), s = std::sin(v.rollDegrees * kDeg);
    // PC = [[cos, -sin], [sin, cos]] as SECCHI writes it for a roll CROTA.
    geometry::intermediateToSky(v.crval1, v.crval2, c * px - s * py, s * px + c * py, lonDeg, latDeg);
}

void skyToPixel(const ViewGeometry& v, double lonDeg, double latDeg, double& x, double& y)
{
    double xi = 0, eta = 0;
    geometry::skyToIntermediate(v.crval1, v.crval2, lonDeg, latDeg, xi, eta);
    const double c = std::cos(v.rollDegrees * kDeg), s = std::sin(v.rollDegrees * kDeg);
    const double px = c * xi + s * eta, py = -s * xi + c * eta;
    x = px / v.cdeltDegrees + v.crpix1 - 1.0;
    y = py / v.cdeltDegrees + v.crpix2 - 1.0;
}

SkyMap computeSkyMap(const ViewGeometry& v)
{
    SkyMap m;
    m.width = v.width;
    m.height = v.height;
    const auto n = static_cast<std::size_t>(v.width) * static_cast<std::size_t>(v.height);
    m.rho.resize(n);
    m.pa.resize(n);
    m.elongation.resize(n);
    for (int j = 0; j < v.height; ++j) {
        for (int i = 0; i < v.width; ++i) {
            double lon = 0, lat = 0;
            pixelToSky(v, i, j, lon, lat);
            const double cosEps = std::cos(lon * kDeg) * std::cos(lat * kDeg);
            const double eps = std::acos(std::clamp(cosEps, -1.0, 1.0));
            // Position angle: north = +lat, east = -lon (solar east is to the left).
            const double east = -std::sin(lon * kDeg) * std::cos(lat * kDeg);
            const double north = std::sin(lat * kDeg);
            double pa = std::atan2(east, north) / kDeg;
            if (pa < 0)
                pa += 360.0;
            const std::size_t k = static_cast<std::size_t>(j) * static_cast<std::size_t>(v.width) + static_cast<std::size_t>(i);
            m.rho[k] = static_cast<float>(v.observerDistanceRsun * std::sin(eps));
            m.pa[k] = static_cast<float>(pa);
            m.elongation[k] = static_cast<float>(eps / kDeg);
        }
    }
    return m;
}

double backgroundCorona(double rho, double pa)
{
    if (rho <= 1.0)
        rho = 1.0;
    const double streamer = 1.0 + 1.5 * std::pow(std::fabs(std::sin(pa * kDeg)), 8.0);  // equator: PA 90, 270
    const double kCorona = streamer * (0.6 * std::pow(rho / 5.0, -3.0) + 0.2 * std::pow(rho / 5.0, -7.0));
    const double fCorona = 0.5 * std::pow(rho / 5.0, -2.3);
    return kCorona + fCorona;
}

double cmeBrightness(const CmeModel& cme, double hours, double rho, double pa)
{
    if (hours < 0.0)
        return 0.0;
    const double front = cme.frontRsun(hours);
    double dpa = std::fabs(pa - cme.paDegrees);
    if (dpa > 180.0)
        dpa = 360.0 - dpa;
    if (dpa > cme.halfWidthDegrees * 1.3 || rho > front + 3.0 * cme.thicknessRsun)
        return 0.0;
    // Smooth flanks, bright front rim, fainter cavity behind it.
    const double flank = 0.5 * (1.0 + std::cos(std::numbers::pi * std::clamp(dpa / (cme.halfWidthDegrees * 1.3), 0.0, 1.0)));
    const double dr = (rho - front) / cme.thicknessRsun;
    const double rim = std::exp(-0.5 * dr * dr);
    const double body = rho < front ? 0.35 * std::exp(-(front - rho) / (0.4 * front)) : 0.0;
    return cme.contrast * backgroundCorona(rho, cme.paDegrees) * flank * (rim + body);
}

double euvDisk(double rho, double pa, double x, double y)
{
    if (rho < 1.0) {
        const double mu = std::sqrt(1.0 - rho * rho);
        double value = 0.6 + 0.4 * std::pow(1.0 - mu, 0.3) * 1.2;  // EUV limb brightening
        // Three fixed active regions and a coronal hole, in disk coordinates.
        const double ar[3][3] = {{0.3, 0.2, 6.0}, {-0.4, -0.1, 4.0}, {0.1, -0.5, 3.0}};
        for (const auto& a : ar) {
            const double d2 = (x - a[0]) * (x - a[0]) + (y - a[1]) * (y - a[1]);
            value += a[2] * std::exp(-d2 / 0.006);
        }
        const double ch = (x + 0.1) * (x + 0.1) + (y - 0.75) * (y - 0.75);
        value *= 1.0 - 0.7 * std::exp(-ch / 0.02);
        return value;
    }
    const double streamer = 1.0 + 0.6 * std::pow(std::fabs(std::sin(pa * kDeg)), 4.0);
    return 1.2 * streamer * std::exp(-(rho - 1.0) / 0.07);
}

} // namespace hb::simulate
