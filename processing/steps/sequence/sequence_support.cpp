#include "steps/sequence/sequence_support.h"

#include "core/error.h"

#include <cmath>
#include <filesystem>
#include <limits>

namespace hb::steps {

RunContext::SequencePosition requireSequence(const Frame& frame, const RunContext& context, const std::string& stepId)
{
    if (!context.sequence)
        throw Error(frame.info.path, "was given alone to step \"" + stepId +
                                         "\", which needs the other frames of its sequence: run it on a sequence "
                                         "(the window's preview, heliobench-cli run or movie)");
    return *context.sequence;
}

void requireAlike(const Frame& frame, const Frame& other, const std::string& stepId)
{
    if (other.image.width() != frame.image.width() || other.image.height() != frame.image.height())
        throw Error(frame.info.path, "is " + std::to_string(frame.image.width()) + " x " +
                                         std::to_string(frame.image.height()) + " pixels but " + other.info.path + " is " +
                                         std::to_string(other.image.width()) + " x " + std::to_string(other.image.height()) +
                                         "; step \"" + stepId + "\" needs frames of one size (rebin first)");
    const std::string a = frame.header.text("BUNIT").value_or(""), b = other.header.text("BUNIT").value_or("");
    if (a != b)
        throw Error(frame.info.path, "is in \"" + a + "\" but " + other.info.path + " is in \"" + b + "\"; step \"" + stepId +
                                         "\" needs frames calibrated alike");
}

Combination combinationOf(const std::string& mode)
{
    return mode == "ratio" ? Combination::Ratio : Combination::Difference;
}

Image combine(const Image& a, const Image& b, Combination how)
{
    Image out = a;
    auto pixels = out.pixels();
    auto mask = out.mask();
    const auto other = b.pixels();
    const auto otherMask = b.mask();
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    for (std::size_t p = 0; p < pixels.size(); ++p) {
        mask[p] |= otherMask[p];
        const float x = pixels[p], y = other[p];
        if (how == Combination::Difference)
            pixels[p] = x - y;  // NaN in either stays NaN
        else
            pixels[p] = y > 0 ? x / y : nan;
        if (std::isnan(pixels[p]) && !std::isnan(x))
            mask[p] |= static_cast<MaskBits>(MaskBit::Missing);
    }
    return out;
}

void markDimensionless(Header& header, const std::string& what)
{
    header.remove("BUNIT");
    header.append(HeaderCard::commentary("COMMENT", "Pixel values are " + what + " (no unit)."));
}

std::vector<std::size_t> framesAround(std::size_t index, std::size_t count, std::size_t reach)
{
    std::vector<std::size_t> frames;
    for (std::size_t k = index > reach ? index - reach : 0; k <= index + reach && k < count; ++k)
        if (k != index)
            frames.push_back(k);
    return frames;
}

std::string frameLabel(const Frame& frame)
{
    if (frame.info.time)
        return frame.info.time->toIso().substr(0, 19);
    return std::filesystem::path(frame.info.path).filename().string();
}

} // namespace hb::steps
