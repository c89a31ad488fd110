#include "export/gif_encoder.h"

#include "core/error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace hb::exporting {

namespace {

// Colours are counted in 6 bits per channel (262,144 bins): enough to tell 64 grey levels
// apart, small enough to clear per frame. Each bin keeps the sum of its true colours, so a
// palette entry is the exact mean of the pixels it stands for.
constexpr int kBits = 6;
constexpr int kBins = 1 << (3 * kBits);

int binOf(const std::uint8_t* bgr)
{
    return ((bgr[2] >> (8 - kBits)) << (2 * kBits)) | ((bgr[1] >> (8 - kBits)) << kBits) | (bgr[0] >> (8 - kBits));
}

struct Bin {
    int index = 0;
    std::uint64_t count = 0;
    std::array<std::uint64_t, 3> sumRgb{};
    int channel(int c) const { return (index >> ((2 - c) * kBits)) & ((1 << kBits) - 1); }
};

struct Box {
    std::size_t begin = 0, end = 0;  // range of the sorted bins
    std::uint64_t count = 0;
    int longestChannel = 0;
    int extent = 0;
};

Box describe(const std::vector<Bin>& bins, std::size_t begin, std::size_t end)
{
    Box box{begin, end, 0, 0, 0};
    std::array<int, 3> low{255, 255, 255}, high{0, 0, 0};
    for (std::size_t i = begin; i < end; ++i) {
        box.count += bins[i].count;
        for (int c = 0; c < 3; ++c) {
            low[c] = std::min(low[c], bins[i].channel(c));
            high[c] = std::max(high[c], bins[i].channel(c));
        }
    }
    for (int c = 0; c < 3; ++c)
        if (high[c] - low[c] > box.extent) {
            box.extent = high[c] - low[c];
            box.longestChannel = c;
        }
    return box;
}

} // namespace

unsigned gifDelayCentiseconds(double framesPerSecond) noexcept
{
    // Browsers play delays under 2 cs at 10 cs: 50 fps is the fastest honest GIF.
    return static_cast<unsigned>(std::clamp(std::lround(100.0 / std::max(framesPerSecond, 0.01)), 2L, 65535L));
}

double gifFrameRate(double framesPerSecond) noexcept
{
    return 100.0 / gifDelayCentiseconds(framesPerSecond);
}

PalettedImage quantizeMedianCut(const cv::Mat& bgr)
{
    CV_Assert(bgr.type() == CV_8UC3);
    std::vector<Bin> table(kBins);
    for (int y = 0; y < bgr.rows; ++y) {
        const std::uint8_t* row = bgr.ptr<std::uint8_t>(y);
        for (int x = 0; x < bgr.cols; ++x) {
            Bin& bin = table[binOf(row + 3 * x)];
            ++bin.count;
            bin.sumRgb[0] += row[3 * x + 2];
            bin.sumRgb[1] += row[3 * x + 1];
            bin.sumRgb[2] += row[3 * x];
        }
    }
    std::vector<Bin> bins;
    for (int i = 0; i < kBins; ++i)
        if (table[i].count) {
            table[i].index = i;
            bins.push_back(table[i]);
        }

    std::vector<Box> boxes{describe(bins, 0, bins.size())};
    while (boxes.size() < 256) {
        // Split the box whose colours spread widest, weighted a little by how many pixels it
        // holds (by the square root, white annotation text stayed merged with the sky behind
        // it), at the pixel median along its longest channel.
        auto widest = std::max_element(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) {
            return double(a.extent) * std::pow(double(a.count), 0.25) < double(b.extent) * std::pow(double(b.count), 0.25);
        });
        if (widest->extent == 0)
            break;
        const Box box = *widest;
        std::sort(bins.begin() + box.begin, bins.begin() + box.end,
                  [c = box.longestChannel](const Bin& a, const Bin& b) { return a.channel(c) < b.channel(c); });
        std::uint64_t seen = 0;
        std::size_t split = box.begin + 1;
        for (std::size_t i = box.begin; i + 1 < box.end; ++i) {
            seen += bins[i].count;
            split = i + 1;
            if (2 * seen >= box.count)
                break;
        }
        *widest = describe(bins, box.begin, split);
        boxes.push_back(describe(bins, split, box.end));
    }

    PalettedImage result;
    std::vector<std::uint8_t> binToPalette(kBins, 0);
    for (std::size_t p = 0; p < boxes.size(); ++p) {
        std::array<std::uint64_t, 3> sum{};
        for (std::size_t i = boxes[p].begin; i < boxes[p].end; ++i) {
            binToPalette[bins[i].index] = static_cast<std::uint8_t>(p);
            for (int c = 0; c < 3; ++c)
                sum[c] += bins[i].sumRgb[c];
        }
        for (int c = 0; c < 3; ++c)
            result.paletteRgb.push_back(static_cast<std::uint8_t>(boxes[p].count ? (sum[c] + boxes[p].count / 2) / boxes[p].count : 0));
    }
    result.indices.resize(static_cast<std::size_t>(bgr.rows) * bgr.cols);
    std::size_t k = 0;
    for (int y = 0; y < bgr.rows; ++y) {
        const std::uint8_t* row = bgr.ptr<std::uint8_t>(y);
        for (int x = 0; x < bgr.cols; ++x)
            result.indices[k++] = binToPalette[binOf(row + 3 * x)];
    }
    return result;
}

std::vector<std::uint8_t> gifLzw(const std::vector<std::uint8_t>& indices)
{
    constexpr int kMinCodeSize = 8, kClear = 256, kEnd = 257, kMaxCode = 4095;
    std::vector<std::uint8_t> packed;
    std::uint32_t bitBuffer = 0;
    int bitCount = 0, codeSize = kMinCodeSize + 1, nextCode = kEnd + 1;
    const auto emit = [&](int code) {
        bitBuffer |= static_cast<std::uint32_t>(code) << bitCount;
        bitCount += codeSize;
        while (bitCount >= 8) {
            packed.push_back(static_cast<std::uint8_t>(bitBuffer & 0xFF));
            bitBuffer >>= 8;
            bitCount -= 8;
        }
    };
    // child[code * 256 + byte]: the code of string(code) + byte, 0 when not yet in the table.
    std::vector<std::uint16_t> child(static_cast<std::size_t>(kMaxCode + 1) * 256, 0);
    emit(kClear);
    if (!indices.empty()) {
        int current = indices[0];
        for (std::size_t i = 1; i < indices.size(); ++i) {
            const std::uint8_t byte = indices[i];
            std::uint16_t& slot = child[static_cast<std::size_t>(current) * 256 + byte];
            if (slot) {
                current = slot;
                continue;
            }
            emit(current);
            if (nextCode <= kMaxCode) {
                slot = static_cast<std::uint16_t>(nextCode);
                // The decoder widens one code later than the encoder adds it.
                if (nextCode == (1 << codeSize) && codeSize < 12)
                    ++codeSize;
                ++nextCode;
            } else {
                emit(kClear);
                std::fill(child.begin(), child.end(), 0);
                codeSize = kMinCodeSize + 1;
                nextCode = kEnd + 1;
            }
            current = byte;
        }
        emit(current);
    }
    emit(kEnd);
    if (bitCount > 0)
        packed.push_back(static_cast<std::uint8_t>(bitBuffer & 0xFF));

    std::vector<std::uint8_t> blocks;
    blocks.reserve(packed.size() + packed.size() / 255 + 2);
    for (std::size_t at = 0; at < packed.size(); at += 255) {
        const std::size_t n = std::min<std::size_t>(255, packed.size() - at);
        blocks.push_back(static_cast<std::uint8_t>(n));
        blocks.insert(blocks.end(), packed.begin() + static_cast<std::ptrdiff_t>(at),
                      packed.begin() + static_cast<std::ptrdiff_t>(at + n));
    }
    blocks.push_back(0);
    return blocks;
}

GifEncoder::GifEncoder(const std::string& path, int width, int height, double framesPerSecond)
    : m_path(path)
    , m_out(path, std::ios::binary | std::ios::trunc)
    , m_width(width)
    , m_height(height)
    , m_delayCentiseconds(gifDelayCentiseconds(framesPerSecond))
{
    if (!m_out)
        throw Error(path, "cannot be written");
    if (width <= 0 || height <= 0 || width > 65535 || height > 65535)
        throw Error(path, "a GIF is at most 65535 pixels a side");
    m_out.write("GIF89a", 6);
    writeWord(static_cast<unsigned>(width));
    writeWord(static_cast<unsigned>(height));
    writeByte(0x00);  // no global colour table: every frame carries its own
    writeByte(0);
    writeByte(0);
    // Netscape application extension: loop forever.
    const std::uint8_t loop[] = {0x21, 0xFF, 0x0B, 'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0', 0x03, 0x01, 0x00, 0x00, 0x00};
    m_out.write(reinterpret_cast<const char*>(loop), sizeof loop);
}

void GifEncoder::writeWord(unsigned value)
{
    writeByte(static_cast<std::uint8_t>(value & 0xFF));
    writeByte(static_cast<std::uint8_t>((value >> 8) & 0xFF));
}

void GifEncoder::addFrame(const cv::Mat& bgr)
{
    if (bgr.type() != CV_8UC3 || bgr.cols != m_width || bgr.rows != m_height)
        throw Error(m_path, "a GIF frame of another size or type was given");
    const PalettedImage image = quantizeMedianCut(bgr);
    const std::uint8_t control[] = {0x21, 0xF9, 0x04, 0x04, 0, 0, 0x00, 0x00};  // disposal: leave in place
    m_out.write(reinterpret_cast<const char*>(control), 4);
    writeWord(m_delayCentiseconds);
    writeByte(0);
    writeByte(0);
    writeByte(0x2C);
    writeWord(0);
    writeWord(0);
    writeWord(static_cast<unsigned>(m_width));
    writeWord(static_cast<unsigned>(m_height));
    writeByte(0x80 | 0x07);  // local colour table of 2^(7+1) = 256 entries
    std::vector<std::uint8_t> table(256 * 3, 0);
    std::copy(image.paletteRgb.begin(), image.paletteRgb.end(), table.begin());
    m_out.write(reinterpret_cast<const char*>(table.data()), static_cast<std::streamsize>(table.size()));
    writeByte(8);
    const std::vector<std::uint8_t> data = gifLzw(image.indices);
    m_out.write(reinterpret_cast<const char*>(data.data()), static_cast<std::streamsize>(data.size()));
    if (!m_out)
        throw Error(m_path, "could not be written (disk full?)");
}

void GifEncoder::finish()
{
    writeByte(0x3B);
    m_out.close();
    if (!m_out)
        throw Error(m_path, "could not be written (disk full?)");
}

} // namespace hb::exporting
