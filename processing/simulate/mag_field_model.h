#pragma once

#include "simulate/random_stream.h"

#include <array>
#include <cstdint>
#include <vector>

namespace hb::simulate {

using Vector3 = std::array<double, 3>;

// The solar-wind events of a simulated MAG run, in seconds from the start of its first UTC day.
struct SolarWindEvents {
    double shockSeconds = 0;        // an interplanetary shock: |B| jumps by `shockCompression`
    double shockCompression = 2.5;
    double cloudStartSeconds = 0;   // a magnetic cloud (a Lundquist flux rope) crossed from start to end
    double cloudEndSeconds = 0;
    double cloudFieldNt = 15;       // the rope's axial field
    double cloudImpact = 0.3;       // closest approach, in rope radii
    int cloudHelicity = 1;
    Vector3 cloudAxisRtn{};
    int polarity = 1;               // +1: field away from the Sun (B_R > 0, B_T < 0)
    double parkerFieldNt = 5.0;
    double spiralAngleDegrees = 45.0;
};

// The true magnetic field in RTN at 32 Hz (31.25 ms steps), generated in time order, a sample at
// a time: Parker-spiral mean, turbulence on two time scales, the shock and its sheath, the cloud's
// rotation, and the sensor's white noise. The same seed gives the same field on every platform.
class SolarWindField {
public:
    static constexpr double kSampleSeconds = 0.03125;

    SolarWindField(const SolarWindEvents& events, std::uint64_t seed);

    // The next `count` samples (RTN, nT) after those already taken, appended to `out`.
    void take(std::int64_t count, std::vector<Vector3>& out);
    std::int64_t samplesTaken() const noexcept { return m_next; }

    // The field without turbulence and noise at time `seconds`: what the events alone make.
    Vector3 meanField(double seconds) const noexcept;

private:
    Vector3 meanField(double seconds, double compression, double cloudWeight) const noexcept;
    double sheathFactor(double seconds) const noexcept;
    double cloudWeight(double seconds) const noexcept;
    Vector3 cloudField(double seconds) const noexcept;

    SolarWindEvents m_events;
    RandomStream m_rng;
    std::int64_t m_next = 0;
    Vector3 m_slow{}, m_fast{};  // the two red-noise layers
};

} // namespace hb::simulate
