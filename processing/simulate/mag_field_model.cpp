#include "simulate/mag_field_model.h"

#include <algorithm>
#include <cmath>

namespace hb::simulate {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kSlowSeconds = 1200.0, kSlowSigmaNt = 1.2;  // the slow wander of the direction
constexpr double kFastSeconds = 8.0, kFastSigmaNt = 0.35;    // fluctuations of seconds
constexpr double kSensorNoiseNt = 0.02;
constexpr double kShockRiseSeconds = 2.0;
constexpr double kSheathRecoverySeconds = 3 * 3600.0;
constexpr double kCloudEdgeSeconds = 600.0;
constexpr double kBesselFirstZero = 2.404825557695773;

Vector3 cross(const Vector3& a, const Vector3& b) noexcept
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

Vector3 unit(const Vector3& v) noexcept
{
    const double n = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    return {v[0] / n, v[1] / n, v[2] / n};
}

} // namespace

SolarWindField::SolarWindField(const SolarWindEvents& events, std::uint64_t seed) : m_events(events), m_rng(seed)
{
    for (int c = 0; c < 3; ++c) {
        m_slow[c] = kSlowSigmaNt * m_rng.normal();
        m_fast[c] = kFastSigmaNt * m_rng.normal();
    }
}

double SolarWindField::sheathFactor(double s) const noexcept
{
    const SolarWindEvents& e = m_events;
    const double rise = 0.5 * (1.0 + std::tanh((s - e.shockSeconds) / kShockRiseSeconds));
    const double recovery = s <= e.cloudEndSeconds ? 1.0 : std::exp(-(s - e.cloudEndSeconds) / kSheathRecoverySeconds);
    return 1.0 + (e.shockCompression - 1.0) * rise * recovery;
}

double SolarWindField::cloudWeight(double s) const noexcept
{
    const SolarWindEvents& e = m_events;
    const double in = 0.5 * (1.0 + std::tanh((s - e.cloudStartSeconds) / kCloudEdgeSeconds));
    const double out = 0.5 * (1.0 - std::tanh((s - e.cloudEndSeconds) / kCloudEdgeSeconds));
    return in * out;
}

Vector3 SolarWindField::cloudField(double s) const noexcept
{
    // Lundquist rope: axial B0 J0(a r), azimuthal H B0 J1(a r), crossed along a straight path at
    // `cloudImpact` from the axis; the path runs sunward in the rope's frame (-R) as the cloud
    // passes outward over the spacecraft.
    const SolarWindEvents& e = m_events;
    const double span = e.cloudEndSeconds - e.cloudStartSeconds;
    const double x = std::clamp(2.0 * (s - e.cloudStartSeconds) / span - 1.0, -1.0, 1.0);
    const double y = e.cloudImpact;
    const double r = std::min(std::sqrt(x * x + y * y), 1.0);
    const double axial = e.cloudFieldNt * std::cyl_bessel_j(0.0, kBesselFirstZero * r);
    const double azimuthal = e.cloudHelicity * e.cloudFieldNt * std::cyl_bessel_j(1.0, kBesselFirstZero * r);
    const Vector3 zAxis = unit(e.cloudAxisRtn);
    const Vector3 path = unit(cross(cross(zAxis, {-1.0, 0.0, 0.0}), zAxis));  // -R, made normal to the axis
    const Vector3 side = cross(zAxis, path);
    const double rr = std::sqrt(x * x + y * y);
    const double phiPath = rr > 0 ? -y / rr : 0.0, phiSide = rr > 0 ? x / rr : 0.0;  // azimuthal unit vector
    Vector3 b{};
    for (int c = 0; c < 3; ++c)
        b[c] = axial * zAxis[c] + azimuthal * (phiPath * path[c] + phiSide * side[c]);
    return b;
}

Vector3 SolarWindField::meanField(double s) const noexcept
{
    return meanField(s, sheathFactor(s), cloudWeight(s));
}

Vector3 SolarWindField::meanField(double s, double compression, double w) const noexcept
{
    const SolarWindEvents& e = m_events;
    const double psi = e.spiralAngleDegrees * kPi / 180.0;
    const Vector3 parker{e.polarity * e.parkerFieldNt * std::cos(psi) * compression,
                         -e.polarity * e.parkerFieldNt * std::sin(psi) * compression, 0.0};
    if (w < 1e-9)
        return parker;
    const Vector3 cloud = cloudField(s);
    return {(1 - w) * parker[0] + w * cloud[0], (1 - w) * parker[1] + w * cloud[1], (1 - w) * parker[2] + w * cloud[2]};
}

void SolarWindField::take(std::int64_t count, std::vector<Vector3>& out)
{
    // The turbulence steps at 8 Hz, the sensor noise at 32 Hz: above 4 Hz the noise dominates
    // anyway, and half the random numbers make a day twice as fast to simulate.
    constexpr double kTurbulenceStep = 4 * kSampleSeconds;
    const double slowKeep = std::exp(-kTurbulenceStep / kSlowSeconds), slowKick = std::sqrt(1 - slowKeep * slowKeep);
    const double fastKeep = std::exp(-kTurbulenceStep / kFastSeconds), fastKick = std::sqrt(1 - fastKeep * fastKeep);
    out.reserve(out.size() + static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i, ++m_next) {
        const double s = static_cast<double>(m_next) * kSampleSeconds;
        const double compression = sheathFactor(s), inCloud = cloudWeight(s);
        const Vector3 mean = meanField(s, compression, inCloud);
        // Turbulence grows with the compression in the sheath and is quiet inside the cloud.
        const double level = compression * (1.0 - 0.8 * inCloud);
        Vector3 b;
        const bool turbulenceStep = m_next % 4 == 0;
        for (int c = 0; c < 3; ++c) {
            if (turbulenceStep) {
                m_slow[c] = slowKeep * m_slow[c] + slowKick * kSlowSigmaNt * m_rng.normal();
                m_fast[c] = fastKeep * m_fast[c] + fastKick * kFastSigmaNt * m_rng.normal();
            }
            b[c] = mean[c] + level * (m_slow[c] + m_fast[c]) + kSensorNoiseNt * m_rng.normal();
        }
        out.push_back(b);
    }
}

} // namespace hb::simulate
