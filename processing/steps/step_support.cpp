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

void scalePixels(Image& image, double factor)
{
    const float f = static_cast<float>(factor);
    for (float& v : image.pixels())
        v *= f;
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
