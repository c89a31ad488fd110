#include "simulate/random_stream.h"

#include <cmath>

namespace hb::simulate {

namespace {
std::uint64_t splitmix64(std::uint64_t& x) noexcept
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
constexpr double kTwoPi = 6.283185307179586476925;
} // namespace

RandomStream::RandomStream(std::uint64_t seed)
{
    for (std::uint64_t& s : m_s)
        s = splitmix64(seed);
}

std::uint64_t RandomStream::next() noexcept
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double RandomStream::uniform() noexcept
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double RandomStream::uniform(double lo, double hi) noexcept
{
    return lo + (hi - lo) * uniform();
}

int RandomStream::integer(int lo, int hiInclusive) noexcept
{
    const auto span = static_cast<std::uint64_t>(hiInclusive - lo + 1);
    return lo + static_cast<int>(next() % span);
}

double RandomStream::normal() noexcept
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    // Box-Muller; 1 - u keeps the logarithm finite.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    m_spareNormal = r * std::sin(kTwoPi * u2);
    m_hasSpare = true;
    return r * std::cos(kTwoPi * u2);
}

double RandomStream::exponential(double mean) noexcept
{
    return -mean * std::log(1.0 - uniform());
}

double RandomStream::gamma(double shape, double scale) noexcept
{
    if (shape <= 0.0)
        return 0.0;
    if (shape < 1.0)  // boost: Gamma(a) = Gamma(a + 1) * U^(1/a)
        return gamma(shape + 1.0, scale) * std::pow(1.0 - uniform(), 1.0 / shape);
    // Marsaglia & Tsang (2000).
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0.0, v = 0.0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = 1.0 - uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v * scale;
    }
}

double RandomStream::poisson(double mean) noexcept
{
    if (mean <= 0.0)
        return 0.0;
    if (mean < 30.0) {
        const double limit = std::exp(-mean);
        double product = uniform();
        int k = 0;
        while (product > limit) {
            product *= uniform();
            ++k;
        }
        return k;
    }
    return std::fmax(0.0, std::round(mean + std::sqrt(mean) * normal()));
}

RandomStream RandomStream::fork(std::uint64_t salt) const noexcept
{
    std::uint64_t mix = m_s[0] ^ rotl(m_s[3], 13) ^ (salt * 0xd1342543de82ef95ULL);
    return RandomStream(splitmix64(mix));
}

} // namespace hb::simulate
