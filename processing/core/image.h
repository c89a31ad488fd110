#pragma once

#include "core/mask.h"

#include <cstddef>
#include <span>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace hb {

// A 2-D image of float32 pixels with a parallel plane of MaskBits.
// Layout: row-major, row 0 is the first row stored in the FITS file (FITS y = 1, drawn at the
// bottom), x runs along NAXIS1. Units are whatever the header's BUNIT says (DN on input).
// Unmeasured pixels hold NaN and carry MaskBit::Missing. An Image is a value: copying copies
// the pixels; steps take one by const reference and return a new one.
class Image {
public:
    Image() = default;
    Image(int width, int height, float fill = 0.0f);

    int width() const noexcept { return m_width; }
    int height() const noexcept { return m_height; }
    std::size_t pixelCount() const noexcept { return m_pixels.size(); }
    bool isEmpty() const noexcept { return m_pixels.empty(); }

    std::span<float> pixels() noexcept { return m_pixels; }
    std::span<const float> pixels() const noexcept { return m_pixels; }
    std::span<MaskBits> mask() noexcept { return m_mask; }
    std::span<const MaskBits> mask() const noexcept { return m_mask; }

    float& at(int x, int y) noexcept { return m_pixels[index(x, y)]; }
    float at(int x, int y) const noexcept { return m_pixels[index(x, y)]; }
    MaskBits maskAt(int x, int y) const noexcept { return m_mask[index(x, y)]; }
    void addMask(int x, int y, MaskBits b) noexcept { m_mask[index(x, y)] |= b; }

    std::size_t countMasked(MaskBits anyOf) const noexcept;

    // Views over the same buffers (no copy): CV_32FC1 and CV_16UC1, height x width. They stay
    // valid until the Image is resized or destroyed.
    cv::Mat pixelMat();
    cv::Mat maskMat();

private:
    std::size_t index(int x, int y) const noexcept
    {
        return static_cast<std::size_t>(y) * static_cast<std::size_t>(m_width) + static_cast<std::size_t>(x);
    }

    int m_width = 0;
    int m_height = 0;
    std::vector<float> m_pixels;
    std::vector<MaskBits> m_mask;
};

} // namespace hb
