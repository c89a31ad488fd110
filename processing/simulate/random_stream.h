#pragma once

#include <cstdint>

namespace hb::simulate {

// A seeded random stream whose output is the same on every platform and compiler
// (xoshiro256** seeded by splitmix64; distributions written here, not <random>'s, whose
// algorithms the standard leaves open). The simulator's promise "same seed, same bytes"
// rests on this.
class RandomStream {
public:
    explicit RandomStream(std::uint64_t seed);

    std::uint64_t next() noexcept;
    double uniform() noexcept;                       // [0, 1)
    double uniform(double lo, double hi) noexcept;   // [lo, hi)
    int integer(int lo, int hiInclusive) noexcept;
    double normal() noexcept;                        // mean 0, sigma 1
    double exponential(double mean) noexcept;
    double gamma(double shape, double scale) noexcept;
    // Poisson counts; exact below mean 30, normal approximation above (the simulator only needs
    // the right mean and variance for large counts).
    double poisson(double mean) noexcept;
    bool chance(double probability) noexcept { return uniform() < probability; }

    // An independent stream for a sub-task (frame k of a sequence), so that changing how one
    // frame draws numbers does not shift every later frame.
    RandomStream fork(std::uint64_t salt) const noexcept;

private:
    std::uint64_t m_s[4];
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace hb::simulate
