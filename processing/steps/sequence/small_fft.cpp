#include "steps/sequence/small_fft.h"

#include "core/error.h"

#include <array>
#include <cmath>
#include <numbers>

namespace hb::steps {

namespace {

using Complex = SmallFft::Complex;

std::vector<int> factorise(int n)
{
    std::vector<int> factors;
    while (n % 4 == 0) {
        factors.push_back(4);
        n /= 4;
    }
    for (int p = 2; n > 1; ++p)
        while (n % p == 0) {
            factors.push_back(p);
            n /= p;
        }
    return factors;
}

std::vector<Complex> twiddleTable(int n, double sign)
{
    std::vector<Complex> table(static_cast<std::size_t>(n));
    for (int k = 0; k < n; ++k) {
        const double angle = sign * 2.0 * std::numbers::pi * k / n;
        table[static_cast<std::size_t>(k)] = Complex(static_cast<float>(std::cos(angle)), static_cast<float>(std::sin(angle)));
    }
    return table;
}

// Multiplication by -i (forward) or +i (inverse): the only non-trivial rotation of radix 4.
Complex rotateQuarter(Complex z, bool inverse)
{
    return inverse ? Complex(-z.imag(), z.real()) : Complex(z.imag(), -z.real());
}

} // namespace

SmallFft::SmallFft(int length)
    : m_length(length), m_factors(factorise(length)), m_forwardTwiddles(twiddleTable(length, -1.0)),
      m_inverseTwiddles(twiddleTable(length, +1.0))
{
    if (length < 1 || length > 4096)
        throw Error({}, "SmallFft: length out of range");
}

void SmallFft::forward(const Complex* in, std::ptrdiff_t inStride, Complex* out, std::ptrdiff_t outStride) const
{
    transform(in, inStride, out, outStride, m_forwardTwiddles);
}

void SmallFft::inverse(const Complex* in, std::ptrdiff_t inStride, Complex* out, std::ptrdiff_t outStride) const
{
    transform(in, inStride, out, outStride, m_inverseTwiddles);
}

void SmallFft::transform(const Complex* in, std::ptrdiff_t inStride, Complex* out, std::ptrdiff_t outStride,
                         const std::vector<Complex>& twiddles) const
{
    if (m_length == 1) {
        out[0] = in[0];
        return;
    }
    // The recursion writes contiguously; a strided destination gets a copy.
    if (outStride == 1) {
        pass(in, inStride, out, m_length, 0, twiddles);
        return;
    }
    constexpr int kOnStack = 64;
    std::array<Complex, kOnStack> small;  // zero-filled once per call, cheap beside the transform
    std::vector<Complex> large;
    Complex* buffer = small.data();
    if (m_length > kOnStack) {
        large.resize(static_cast<std::size_t>(m_length));
        buffer = large.data();
    }
    pass(in, inStride, buffer, m_length, 0, twiddles);
    for (int k = 0; k < m_length; ++k)
        out[k * outStride] = buffer[k];
}

// Decimation in time: the n outputs are p interleaved sub-transforms of length m = n / p, each
// written to its own block of out, then combined in place by radix-p butterflies.
void SmallFft::pass(const Complex* in, std::ptrdiff_t inStride, Complex* out, int n, std::size_t level,
                    const std::vector<Complex>& twiddles) const
{
    const int p = m_factors[level];
    const int m = n / p;
    if (m > 1) {
        for (int j = 0; j < p; ++j)
            pass(in + j * inStride, inStride * p, out + j * m, m, level + 1, twiddles);
    } else {
        for (int j = 0; j < p; ++j)
            out[j] = in[j * inStride];
    }

    const bool inverse = &twiddles == &m_inverseTwiddles;
    const int step = m_length / n;  // twiddle table index of exp(-+2 pi i / n)
    auto twiddled = [&](int j, int k) {
        return k == 0 ? out[j * m] : multiply(out[j * m + k], twiddles[static_cast<std::size_t>(j * k * step)]);
    };
    switch (p) {
    case 2:
        for (int k = 0; k < m; ++k) {
            const Complex t0 = out[k], t1 = twiddled(1, k);
            out[k] = t0 + t1;
            out[k + m] = t0 - t1;
        }
        return;
    case 3: {
        // exp(-+2 pi i / 3) = -1/2 -+ i sqrt(3)/2
        const float s = (inverse ? 1.0f : -1.0f) * 0.8660254037844386f;
        for (int k = 0; k < m; ++k) {
            const Complex t0 = out[k], t1 = twiddled(1, k), t2 = twiddled(2, k);
            const Complex sum = t1 + t2;
            const Complex diff = t1 - t2;
            const Complex middle(t0.real() - 0.5f * sum.real(), t0.imag() - 0.5f * sum.imag());
            const Complex rotated(-s * diff.imag(), s * diff.real());
            out[k] = t0 + sum;
            out[k + m] = middle + rotated;
            out[k + 2 * m] = middle - rotated;
        }
        return;
    }
    case 4:
        for (int k = 0; k < m; ++k) {
            const Complex t0 = out[k], t1 = twiddled(1, k), t2 = twiddled(2, k), t3 = twiddled(3, k);
            const Complex a = t0 + t2, b = t0 - t2;
            const Complex c = t1 + t3, d = rotateQuarter(t1 - t3, inverse);
            out[k] = a + c;
            out[k + m] = b + d;
            out[k + 2 * m] = a - c;
            out[k + 3 * m] = b - d;
        }
        return;
    default: {
        const int stride = m_length / p;  // exp(-+2 pi i / p) in the table
        std::vector<Complex> t(static_cast<std::size_t>(p));
        for (int k = 0; k < m; ++k) {
            for (int j = 0; j < p; ++j)
                t[static_cast<std::size_t>(j)] = twiddled(j, k);
            for (int q = 0; q < p; ++q) {
                Complex sum = 0;
                for (int j = 0; j < p; ++j)
                    sum += multiply(t[static_cast<std::size_t>(j)], twiddles[static_cast<std::size_t>(((j * q) % p) * stride)]);
                out[k + q * m] = sum;
            }
        }
    }
    }
}

} // namespace hb::steps
