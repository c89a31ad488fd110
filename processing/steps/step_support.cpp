#include "steps/step_support.h"

#include "core/error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace hb::steps {

void requirePixels(const Frame& frame, const std::string& stepId)
{
    if (frame.image.isEmpty())
        throw Error(frame.info.path, "holds no image; step \"" + stepId + "\" works on pixels");
}

double requireNumber(const Frame& frame, std::string_view keyword, const std::string& stepId)
{
    const std::optional<double> value = frame.header.number(keyword);
    if (!value)
        throw Error(frame.info.path, "has no numeric " + std::string(keyword) + " card, which step \"" + stepId +
                                         "\" needs (set the value by hand in the step's parameters if you know it)");
    return *value;
}

void requireUnit(const Frame& frame, const std::string& unit, const std::string& firstDo)
{
    const std::string actual = frame.header.text("BUNIT").value_or("unknown units");
    if (actual != unit)
        throw Error(frame.info.path, "is in " + actual + ", not " + unit + ": " + firstDo);
}

Frame calibrated(const Frame& input, double factor, const std::string& unit, const std::string& factorUnit)
{
    Frame out = input;
    scalePixels(out.image, factor);
    out.header.set(HeaderCard::string("BUNIT", unit));
    out.header.set(HeaderCard::number("CALFAC", factor, factorUnit));
    out.header.addHistory("calibration_factor: multiplied by " + formatNumber(factor));
    return out;
}

void scalePixels(Image& image, double factor)
{
    const float f = static_cast<float>(factor);
    for (float& v : image.pixels())
        v *= f;
}

Image binBlocks(const Image& in, int fx, int fy, bool sum)
{
    Image out(in.width() / fx, in.height() / fy);
    for (int y = 0; y < out.height(); ++y)
        for (int x = 0; x < out.width(); ++x) {
            double total = 0;
            int n = 0;
            MaskBits mask = 0;
            for (int j = 0; j < fy; ++j)
                for (int i = 0; i < fx; ++i) {
                    const float v = in.at(x * fx + i, y * fy + j);
                    mask |= in.maskAt(x * fx + i, y * fy + j);
                    if (std::isfinite(v)) {
                        total += v;
                        ++n;
                    }
                }
            out.at(x, y) = n == 0 ? std::nanf("") : static_cast<float>(sum ? total * fx * fy / n : total / n);
            out.addMask(x, y, mask);
        }
    return out;
}

void markMissing(Image& image, int x0, int y0, int width, int height)
{
    const int x1 = std::min(image.width(), x0 + width), y1 = std::min(image.height(), y0 + height);
    for (int y = std::max(0, y0); y < y1; ++y)
        for (int x = std::max(0, x0); x < x1; ++x) {
            image.at(x, y) = std::numeric_limits<float>::quiet_NaN();
            image.addMask(x, y, bits(MaskBit::Missing));
        }
}

std::string formatNumber(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

std::string stereoSpacecraftLetter(const Frame& frame)
{
    const std::string observatory = frame.header.text("OBSRVTRY").value_or(frame.info.spacecraft.value_or(""));
    if (observatory.ends_with("_A") || observatory.ends_with("-A"))
        return "A";
    if (observatory.ends_with("_B") || observatory.ends_with("-B"))
        return "B";
    return {};
}

} // namespace hb::steps
