#pragma once

#include "steps/sequence/small_fft.h"

#include <cmath>
#include <complex>
#include <cstddef>
#include <numbers>
#include <vector>

namespace hb::steps {

// The noise gate's transform of one cubie (pixels x pixels x frames), kept apart from the gate's
// decisions. One cubie's transform and its inverse for one time slice. Real input, so only the components
// with kx <= n/2 are kept (the others are their complex conjugates).
class CubieTransform {
public:
    using Complex = SmallFft::Complex;

    CubieTransform(int pixels, int frames)
        : m_n(pixels), m_nt(frames), m_half(pixels / 2 + 1), m_space(pixels), m_time(frames),
          m_inverseTime(static_cast<std::size_t>(frames))
    {
        for (int k = 0; k < frames; ++k) {
            const double angle = 2.0 * std::numbers::pi * k / frames;
            m_inverseTime[static_cast<std::size_t>(k)] =
                Complex(static_cast<float>(std::cos(angle)), static_cast<float>(std::sin(angle)));
        }
    }

    int pixels() const noexcept { return m_n; }
    int frames() const noexcept { return m_nt; }
    int halfWidth() const noexcept { return m_half; }
    std::size_t components() const noexcept { return static_cast<std::size_t>(m_nt * m_n * m_half); }
    std::size_t componentIndex(int kt, int ky, int kx) const noexcept
    {
        return (static_cast<std::size_t>(kt) * static_cast<std::size_t>(m_n) + static_cast<std::size_t>(ky)) *
                   static_cast<std::size_t>(m_half) +
               static_cast<std::size_t>(kx);
    }

    // `cube`: frames x pixels x pixels real samples, row-major (t, y, x). `spectrum`: components().
    void forward(const float* cube, Complex* spectrum) const
    {
        thread_local std::vector<Complex> row, out;
        row.resize(static_cast<std::size_t>(std::max(m_n, m_nt)));
        out.resize(row.size());
        // Rows are real: two at a time go through one complex transform, as real and imaginary part.
        const int rows = m_nt * m_n;
        for (int r = 0; r < rows; r += 2) {
            const float* a = cube + static_cast<std::ptrdiff_t>(r) * m_n;
            const bool pair = r + 1 < rows;
            for (int x = 0; x < m_n; ++x)
                row[static_cast<std::size_t>(x)] = Complex(a[x], pair ? a[x + m_n] : 0.0f);
            m_space.forward(row.data(), 1, out.data(), 1);
            Complex* first = spectrum + static_cast<std::ptrdiff_t>(r) * m_half;
            for (int k = 0; k < m_half; ++k) {
                const Complex z = out[static_cast<std::size_t>(k)];
                const Complex mirror = std::conj(out[static_cast<std::size_t>((m_n - k) % m_n)]);
                first[k] = 0.5f * (z + mirror);
                if (pair) {
                    const Complex d = z - mirror;
                    first[m_half + k] = Complex(0.5f * d.imag(), -0.5f * d.real());
                }
            }
        }
        const std::ptrdiff_t yStride = m_half, tStride = static_cast<std::ptrdiff_t>(m_n) * m_half;
        for (int t = 0; t < m_nt; ++t)
            for (int kx = 0; kx < m_half; ++kx) {
                Complex* column = spectrum + componentIndex(t, 0, kx);
                m_space.forward(column, yStride, out.data(), 1);
                for (int ky = 0; ky < m_n; ++ky)
                    column[ky * yStride] = out[static_cast<std::size_t>(ky)];
            }
        for (int ky = 0; ky < m_n; ++ky)
            for (int kx = 0; kx < m_half; ++kx) {
                Complex* line = spectrum + componentIndex(0, ky, kx);
                m_time.forward(line, tStride, out.data(), 1);
                for (int kt = 0; kt < m_nt; ++kt)
                    line[kt * tStride] = out[static_cast<std::size_t>(kt)];
            }
    }

    // The real samples of time slice `slice` (pixels x pixels) from the spectrum, normalised.
    void inverseSlice(const Complex* spectrum, int slice, float* samples) const
    {
        thread_local std::vector<Complex> plane, out, row;
        plane.resize(static_cast<std::size_t>(m_n * m_half));
        for (int ky = 0; ky < m_n; ++ky)
            for (int kx = 0; kx < m_half; ++kx) {
                Complex sum = 0;
                for (int kt = 0; kt < m_nt; ++kt)
                    sum += multiply(spectrum[componentIndex(kt, ky, kx)],
                                    m_inverseTime[static_cast<std::size_t>((kt * slice) % m_nt)]);
                plane[static_cast<std::size_t>(ky * m_half + kx)] = sum;
            }
        out.resize(static_cast<std::size_t>(m_n));
        row.resize(static_cast<std::size_t>(m_n));
        for (int kx = 0; kx < m_half; ++kx) {
            m_space.inverse(plane.data() + kx, m_half, out.data(), 1);
            for (int y = 0; y < m_n; ++y)
                plane[static_cast<std::size_t>(y * m_half + kx)] = out[static_cast<std::size_t>(y)];
        }
        const float scale = 1.0f / static_cast<float>(m_n * m_n * m_nt);
        for (int y = 0; y < m_n; ++y) {
            const Complex* half = plane.data() + static_cast<std::ptrdiff_t>(y) * m_half;
            for (int kx = 0; kx < m_n; ++kx)
                row[static_cast<std::size_t>(kx)] = kx < m_half ? half[kx] : std::conj(half[m_n - kx]);
            m_space.inverse(row.data(), 1, out.data(), 1);
            for (int x = 0; x < m_n; ++x)
                samples[y * m_n + x] = out[static_cast<std::size_t>(x)].real() * scale;
        }
    }

    // Within one step of zero frequency on every axis: the local mean and slow gradients, never gated.
    bool nearZeroFrequency(std::size_t component) const noexcept
    {
        const int kx = static_cast<int>(component % static_cast<std::size_t>(m_half));
        const int ky = static_cast<int>((component / static_cast<std::size_t>(m_half)) % static_cast<std::size_t>(m_n));
        const int kt = static_cast<int>(component / (static_cast<std::size_t>(m_half) * static_cast<std::size_t>(m_n)));
        auto near = [](int k, int n) { return k <= 1 || k >= n - 1; };
        return kx <= 1 && near(ky, m_n) && near(kt, m_nt);
    }

private:
    int m_n, m_nt, m_half;
    SmallFft m_space, m_time;
    std::vector<Complex> m_inverseTime;
};

} // namespace hb::steps
