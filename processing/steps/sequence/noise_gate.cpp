#include "steps/sequence/noise_gate.h"

#include "steps/sequence/sequence_support.h"
#include "steps/sequence/cubie_transform.h"
#include "steps/sequence/small_fft.h"
#include "kernel/step.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <numbers>
#include <vector>

namespace hb::steps {

namespace {

using Complex = SmallFft::Complex;

// Subsampling of the cubie grid (per spatial axis) for the noise-spectrum ensemble: neighbouring
// cubies share most pixels and add little to the statistics.
constexpr int kEnsembleSubsample = 4;
constexpr std::size_t kMinimumEnsemble = 16;

std::vector<float> sinSquaredWindow(int n)
{
    std::vector<float> w(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const double s = std::sin(std::numbers::pi * (i + 0.5) / n);
        w[static_cast<std::size_t>(i)] = static_cast<float>(s * s);
    }
    return w;
}

// Sum of window^2 over the cubies covering one sample: the same everywhere for a stride of n/3.
double overlapGain(const std::vector<float>& w, int stride)
{
    double sum = 0;
    for (std::size_t i = 0; i < w.size(); i += static_cast<std::size_t>(stride))
        sum += static_cast<double>(w[i]) * w[i];
    return sum;
}

int mirrored(int i, int size)
{
    if (size == 1)
        return 0;
    while (i < 0 || i >= size)
        i = i < 0 ? -i - 1 : 2 * size - 1 - i;
    return i;
}

bool unusable(float value, MaskBits mask)
{
    return !std::isfinite(value) || (mask & kUnusableSample) != 0;
}

// The frames as planes without holes: an unusable pixel takes the mean of the same pixel's usable
// samples in the other frames, or the frame's median where it has none. `filled` marks those pixels,
// so that cubies holding any are left out of the noise ensemble.
struct FilledVolume {
    int width = 0, height = 0;
    std::vector<std::vector<float>> planes;
    std::vector<std::vector<unsigned char>> filled;
};

FilledVolume fillHoles(std::span<const Image* const> frames)
{
    FilledVolume volume;
    volume.width = frames.front()->width();
    volume.height = frames.front()->height();
    const std::size_t count = frames.front()->pixelCount();
    std::vector<double> sum(count, 0);
    std::vector<int> used(count, 0);
    for (const Image* frame : frames) {
        const auto pixels = frame->pixels();
        const auto mask = frame->mask();
        for (std::size_t i = 0; i < count; ++i)
            if (!unusable(pixels[i], mask[i])) {
                sum[i] += pixels[i];
                ++used[i];
            }
    }
    for (const Image* frame : frames) {
        const auto pixels = frame->pixels();
        const auto mask = frame->mask();
        std::vector<float> plane(pixels.begin(), pixels.end());
        std::vector<unsigned char> filled(count, 0);
        std::vector<float> usable;
        usable.reserve(count);
        for (std::size_t i = 0; i < count; ++i)
            if (!unusable(pixels[i], mask[i]))
                usable.push_back(pixels[i]);
        float median = 0;
        if (!usable.empty()) {
            auto middle = usable.begin() + static_cast<std::ptrdiff_t>(usable.size() / 2);
            std::nth_element(usable.begin(), middle, usable.end());
            median = *middle;
        }
        for (std::size_t i = 0; i < count; ++i)
            if (unusable(pixels[i], mask[i])) {
                plane[i] = used[i] > 0 ? static_cast<float>(sum[i] / used[i]) : median;
                filled[i] = 1;
            }
        volume.planes.push_back(std::move(plane));
        volume.filled.push_back(std::move(filled));
    }
    return volume;
}

struct CubieGrid {
    int pixels, frames, stride, frameStride;
    std::vector<int> columns, rows, times;  // cubie origins; may start before 0 (mirrored)
};

std::vector<int> origins(int first, int last, int size, int stride)
{
    // Every sample in [first, last] covered by the three cubies that overlap it, on a grid of
    // multiples of the stride.
    std::vector<int> result;
    int start = first - size + 1;
    start = start >= 0 ? (start + stride - 1) / stride * stride : -((-start) / stride * stride);
    for (int o = start; o <= last; o += stride)
        if (o + size > first)
            result.push_back(o);
    return result;
}

class Gate {
public:
    Gate(std::span<const Image* const> frames, std::size_t target, std::size_t firstIndex, const NoiseGateOptions& options,
         const std::atomic<bool>* cancel)
        : m_options(options), m_cancel(cancel), m_transform(options.cubePixels, options.cubeFrames),
          m_windowSpace(sinSquaredWindow(options.cubePixels)), m_windowTime(sinSquaredWindow(options.cubeFrames)),
          m_volume(fillHoles(frames)), m_frameCount(static_cast<int>(frames.size())),
          m_target(static_cast<int>(target))
    {
        const int stride = options.cubePixels / 3, frameStride = options.cubeFrames / 3;
        // Time origins on the sequence's grid, shifted into the local numbering of `frames`.
        const int global = static_cast<int>(firstIndex) + m_target;
        for (int o : origins(global, global, options.cubeFrames, frameStride))
            m_times.push_back(o - static_cast<int>(firstIndex));
        m_columns = origins(0, m_volume.width - 1, options.cubePixels, stride);
        m_rows = origins(0, m_volume.height - 1, options.cubePixels, stride);
        m_gain = std::pow(overlapGain(m_windowSpace, stride), 2) * overlapGain(m_windowTime, frameStride);
    }

    Image run(const Image& input)
    {
        estimateNoise();
        checkCancel();
        std::vector<float> sum(static_cast<std::size_t>(m_volume.width) * static_cast<std::size_t>(m_volume.height), 0);
        // Cubie rows three apart do not overlap: each phase's rows are done in parallel.
        const std::size_t phases = 3;
        for (std::size_t phase = 0; phase < phases; ++phase) {
            std::vector<int> rows;
            for (std::size_t r = phase; r < m_rows.size(); r += phases)
                rows.push_back(m_rows[r]);
            cv::parallel_for_(cv::Range(0, static_cast<int>(rows.size())), [&](const cv::Range& range) {
                for (int r = range.start; r < range.end && !cancelled(); ++r)
                    gateRow(rows[static_cast<std::size_t>(r)], sum);
            });
            checkCancel();
        }
        Image out = input;
        auto pixels = out.pixels();
        const auto mask = input.mask();
        const auto inputPixels = input.pixels();
        for (std::size_t i = 0; i < pixels.size(); ++i)
            if (!unusable(inputPixels[i], mask[i]))
                pixels[i] = static_cast<float>(sum[i] / m_gain);
        return out;
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void checkCancel() const
    {
        if (cancelled())
            throw Cancelled();
    }

    // The apodised samples of one cubie, and the sum of their square roots (shot noise).
    void gather(int x0, int y0, int t0, std::vector<float>& cube, double& rootSum) const
    {
        const int n = m_options.cubePixels, nt = m_options.cubeFrames;
        thread_local std::vector<std::size_t> columns;
        columns.resize(static_cast<std::size_t>(n));
        for (int x = 0; x < n; ++x)
            columns[static_cast<std::size_t>(x)] = static_cast<std::size_t>(mirrored(x0 + x, m_volume.width));
        double roots = 0;
        const bool shot = usesShot();
        for (int t = 0; t < nt; ++t) {
            const auto frame = static_cast<std::size_t>(mirrored(t0 + t, m_frameCount));
            const auto& plane = m_volume.planes[frame];
            for (int y = 0; y < n; ++y) {
                const auto row = static_cast<std::size_t>(mirrored(y0 + y, m_volume.height)) *
                                 static_cast<std::size_t>(m_volume.width);
                const float wty = m_windowTime[static_cast<std::size_t>(t)] * m_windowSpace[static_cast<std::size_t>(y)];
                float* out = cube.data() + (static_cast<std::ptrdiff_t>(t) * n + y) * n;
                const float* source = plane.data() + row;
                for (int x = 0; x < n; ++x)
                    out[x] = source[columns[static_cast<std::size_t>(x)]] * wty * m_windowSpace[static_cast<std::size_t>(x)];
                if (shot)
                    for (int x = 0; x < n; ++x)
                        roots += std::sqrt(std::max(out[x], 0.0f));
            }
        }
        rootSum = roots > 0 ? roots : 1;
    }

    // Whether any sample of the cubie was filled (an occulter, a lost block).
    bool hasHoles(int x0, int y0, int t0) const
    {
        const int n = m_options.cubePixels;
        for (int t = 0; t < m_options.cubeFrames; ++t) {
            const auto& filled = m_volume.filled[static_cast<std::size_t>(mirrored(t0 + t, m_frameCount))];
            for (int y = 0; y < n; ++y) {
                const auto row = static_cast<std::size_t>(mirrored(y0 + y, m_volume.height)) *
                                 static_cast<std::size_t>(m_volume.width);
                for (int x = 0; x < n; ++x)
                    if (filled[row + static_cast<std::size_t>(mirrored(x0 + x, m_volume.width))])
                        return true;
            }
        }
        return false;
    }

    bool usesShot() const { return m_options.model != NoiseGateOptions::Model::Constant; }
    bool usesConstant() const { return m_options.model != NoiseGateOptions::Model::Shot; }

    // The noise spectrum: per Fourier component, a percentile of its amplitude over an ensemble
    // of cubies (normalised by the root sum for the shot model), zero near zero frequency.
    void estimateNoise()
    {
        std::vector<std::array<int, 3>> withoutHoles, all;
        const std::size_t components = m_transform.components();
        std::vector<float> cube(static_cast<std::size_t>(m_options.cubeFrames * m_options.cubePixels * m_options.cubePixels));
        std::vector<Complex> spectrum(components);
        std::vector<float> shotSamples, constantSamples;
        std::size_t members = 0;
        auto addMember = [&](int x0, int y0, int t0) {
            double rootSum = 0;
            gather(x0, y0, t0, cube, rootSum);
            m_transform.forward(cube.data(), spectrum.data());
            for (std::size_t c = 0; c < components; ++c) {
                const float amplitude = magnitude(spectrum[c]);
                if (usesShot())
                    shotSamples.push_back(amplitude / static_cast<float>(rootSum));
                if (usesConstant())
                    constantSamples.push_back(amplitude);
            }
            ++members;
        };
        for (int t0 : m_times)
            for (std::size_t r = 0; r < m_rows.size(); r += kEnsembleSubsample)
                for (std::size_t c = 0; c < m_columns.size(); c += kEnsembleSubsample)
                    (hasHoles(m_columns[c], m_rows[r], t0) ? all : withoutHoles).push_back({m_columns[c], m_rows[r], t0});
        // Filled areas (occulter, lost blocks) are flat and would pass for very low noise.
        if (withoutHoles.size() < kMinimumEnsemble)
            withoutHoles.insert(withoutHoles.end(), all.begin(), all.end());
        shotSamples.reserve(usesShot() ? withoutHoles.size() * components : 0);
        constantSamples.reserve(usesConstant() ? withoutHoles.size() * components : 0);
        for (const auto& [x0, y0, t0] : withoutHoles) {
            checkCancel();
            addMember(x0, y0, t0);
        }
        const bool hybrid = m_options.model == NoiseGateOptions::Model::Hybrid;
        if (usesShot())
            m_shotNoise = percentiles(shotSamples, members, m_options.percentile);
        if (usesConstant())
            m_constantNoise = percentiles(constantSamples, members, hybrid ? m_options.darkPercentile : m_options.percentile);
    }

    std::vector<float> percentiles(const std::vector<float>& samples, std::size_t members, double percentile) const
    {
        const std::size_t components = m_transform.components();
        std::vector<float> noise(components, 0);
        if (members == 0)
            return noise;
        std::vector<float> values(members);
        const auto rank = static_cast<std::size_t>(
            std::clamp(percentile / 100.0 * static_cast<double>(members - 1), 0.0, static_cast<double>(members - 1)));
        for (std::size_t c = 0; c < components; ++c) {
            if (m_transform.nearZeroFrequency(c))
                continue;
            for (std::size_t m = 0; m < members; ++m)
                values[m] = samples[m * components + c];
            std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(rank), values.end());
            noise[c] = values[rank];
        }
        return noise;
    }

    // Gates every cubie whose rows start at y0 and adds its part of the target frame to `sum`.
    void gateRow(int y0, std::vector<float>& sum) const
    {
        const int n = m_options.cubePixels;
        const std::size_t components = m_transform.components();
        std::vector<float> cube(static_cast<std::size_t>(m_options.cubeFrames * n * n));
        std::vector<float> slice(static_cast<std::size_t>(n * n));
        std::vector<Complex> spectrum(components);
        const bool shot = usesShot(), constant = usesConstant();
        const auto factor = static_cast<float>(m_options.factor);
        const auto constantFactor =
            static_cast<float>(m_options.model == NoiseGateOptions::Model::Hybrid ? m_options.darkFactor : m_options.factor);
        const bool wiener = m_options.method == NoiseGateOptions::Method::Wiener;
        for (int t0 : m_times)
            for (int x0 : m_columns) {
                double rootSum = 0;
                gather(x0, y0, t0, cube, rootSum);
                m_transform.forward(cube.data(), spectrum.data());
                for (std::size_t c = 0; c < components; ++c) {
                    float threshold = 0;
                    if (shot)
                        threshold = factor * m_shotNoise[c] * static_cast<float>(rootSum);
                    if (constant)
                        threshold = std::max(threshold, constantFactor * m_constantNoise[c]);
                    if (threshold <= 0)
                        continue;
                    const float amplitude = magnitude(spectrum[c]);
                    if (wiener)
                        spectrum[c] *= amplitude / (amplitude + threshold);
                    else if (amplitude < threshold)
                        spectrum[c] = 0;
                }
                const int slice0 = m_target - t0;
                m_transform.inverseSlice(spectrum.data(), slice0, slice.data());
                const float wt = m_windowTime[static_cast<std::size_t>(slice0)];
                for (int y = 0; y < n; ++y) {
                    const int iy = y0 + y;
                    if (iy < 0 || iy >= m_volume.height)
                        continue;
                    const float wy = wt * m_windowSpace[static_cast<std::size_t>(y)];
                    float* target = sum.data() + static_cast<std::size_t>(iy) * static_cast<std::size_t>(m_volume.width);
                    for (int x = 0; x < n; ++x) {
                        const int ix = x0 + x;
                        if (ix >= 0 && ix < m_volume.width)
                            target[ix] += slice[static_cast<std::size_t>(y * n + x)] * wy * m_windowSpace[static_cast<std::size_t>(x)];
                    }
                }
            }
    }

    NoiseGateOptions m_options;
    const std::atomic<bool>* m_cancel;
    CubieTransform m_transform;
    std::vector<float> m_windowSpace, m_windowTime;
    FilledVolume m_volume;
    int m_frameCount, m_target;
    std::vector<int> m_columns, m_rows, m_times;
    double m_gain = 1;
    std::vector<float> m_shotNoise, m_constantNoise;
};

void validate(std::span<const Image* const> frames, std::size_t target, const NoiseGateOptions& options)
{
    if (frames.empty() || target >= frames.size())
        throw Error({}, "noise gate: no frame to gate");
    for (int size : {options.cubePixels, options.cubeFrames})
        if (size < 3 || size > 60 || size % 3 != 0)
            throw Error({}, "noise gate: cubie sizes must be multiples of 3 from 3 to 60, not " +
                                        std::to_string(size));
    if (!(options.factor > 0) || !(options.darkFactor > 0))
        throw Error({}, "noise gate: the factors must be positive");
    for (const Image* frame : frames)
        if (frame->width() != frames.front()->width() || frame->height() != frames.front()->height())
            throw Error({}, "noise gate: the frames differ in size");
}

} // namespace

NoiseGateOptions::Model noiseModelOf(const std::string& name)
{
    if (name == "constant")
        return NoiseGateOptions::Model::Constant;
    if (name == "shot")
        return NoiseGateOptions::Model::Shot;
    if (name == "hybrid")
        return NoiseGateOptions::Model::Hybrid;
    throw Error({}, "unknown noise model \"" + name + "\" (constant, shot, hybrid)");
}

NoiseGateOptions::Method noiseMethodOf(const std::string& name)
{
    if (name == "gate")
        return NoiseGateOptions::Method::Gate;
    if (name == "wiener")
        return NoiseGateOptions::Method::Wiener;
    throw Error({}, "unknown noise-gating method \"" + name + "\" (gate, wiener)");
}

Image noiseGate(std::span<const Image* const> frames, std::size_t target, std::size_t firstIndex,
                const NoiseGateOptions& options, const std::atomic<bool>* cancel)
{
    validate(frames, target, options);
    Gate gate(frames, target, firstIndex, options, cancel);
    return gate.run(*frames[target]);
}

} // namespace hb::steps
