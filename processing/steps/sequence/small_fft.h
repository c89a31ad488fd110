#pragma once

#include <cmath>
#include <complex>
#include <cstddef>
#include <vector>

namespace hb::steps {

// Discrete Fourier transform of one short length (the 6..30 samples of a noise-gating cubie),
// done many times: mixed-radix Cooley-Tukey with radix-2, 3 and 4 butterflies and a plain DFT
// for other prime factors. Unnormalised both ways: inverse(forward(x)) = n x.
// Immutable after construction, so one instance serves every thread.
// Complex product without the NaN and infinity recovery of operator*, which costs a library call
// per product unless the compiler may assume finite values.
inline std::complex<float> multiply(std::complex<float> a, std::complex<float> b) noexcept
{
    return {a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real()};
}

inline float magnitude(std::complex<float> z) noexcept
{
    return std::sqrt(z.real() * z.real() + z.imag() * z.imag());
}

class SmallFft {
public:
    using Complex = std::complex<float>;

    explicit SmallFft(int length);
    int length() const noexcept { return m_length; }

    // `in` and `out` are read and written at the given strides (in elements); they must not overlap.
    void forward(const Complex* in, std::ptrdiff_t inStride, Complex* out, std::ptrdiff_t outStride) const;
    void inverse(const Complex* in, std::ptrdiff_t inStride, Complex* out, std::ptrdiff_t outStride) const;

private:
    void transform(const Complex* in, std::ptrdiff_t inStride, Complex* out, std::ptrdiff_t outStride,
                   const std::vector<Complex>& twiddles) const;
    void pass(const Complex* in, std::ptrdiff_t inStride, Complex* out, int n, std::size_t level,
              const std::vector<Complex>& twiddles) const;

    int m_length;
    std::vector<int> m_factors;  // radices, outermost first
    std::vector<Complex> m_forwardTwiddles, m_inverseTwiddles;  // exp(-+2 pi i k / n), k < n
};

} // namespace hb::steps
