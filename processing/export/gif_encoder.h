#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace hb::exporting {

// Animated GIF (GIF89a, looping) from 8-bit BGR frames. Each frame gets its own 256-colour
// table by median cut, so a movie whose colours drift (a CME brightening the field) keeps
// its detail; the cost is 768 bytes a frame. OpenCV 4.6 has no GIF writer, hence this one.
class GifEncoder {
public:
    // Opens `path` for writing (the caller makes it atomic). Throws hb::Error naming it.
    GifEncoder(const std::string& path, int width, int height, double framesPerSecond);
    void addFrame(const cv::Mat& bgr);  // CV_8UC3, width x height
    void finish();                      // writes the trailer and closes; throws on a write error

private:
    void writeByte(std::uint8_t byte) { m_out.put(static_cast<char>(byte)); }
    void writeWord(unsigned value);

    std::string m_path;
    std::ofstream m_out;
    int m_width;
    int m_height;
    unsigned m_delayCentiseconds;
    std::vector<std::uint8_t> m_indices;
};

// GIF stores each frame's delay in hundredths of a second: the rate a GIF plays at when
// `framesPerSecond` is asked for (12 -> 8 cs -> 12.5).
unsigned gifDelayCentiseconds(double framesPerSecond) noexcept;
double gifFrameRate(double framesPerSecond) noexcept;

// The 256 (or fewer) colours that median cut picks for `bgr`, and each pixel's index into
// them. Exposed for tests.
struct PalettedImage {
    std::vector<std::uint8_t> paletteRgb;  // 3 bytes per colour, at most 256 colours
    std::vector<std::uint8_t> indices;     // one per pixel, row-major
};
PalettedImage quantizeMedianCut(const cv::Mat& bgr);

// GIF's variable-length LZW (codes up to 12 bits) of 8-bit indices, as data sub-blocks
// without the leading minimum-code-size byte. Exposed for tests.
std::vector<std::uint8_t> gifLzw(const std::vector<std::uint8_t>& indices);

} // namespace hb::exporting
