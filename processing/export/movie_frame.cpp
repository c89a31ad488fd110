#include "export/movie_frame.h"

#include "catalog/sequence_selector.h"
#include "geometry/solar_wcs.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace hb::exporting {

namespace {

constexpr int kFont = cv::FONT_HERSHEY_SIMPLEX;
const cv::Scalar kWhite(255, 255, 255), kShadow(0, 0, 0);

struct TextStyle {
    double scale;
    int thickness;
    int margin;
};

TextStyle styleFor(cv::Size size)
{
    // Readable on a 512-pixel movie, not shouting on a 2048-pixel one.
    const double scale = std::clamp(size.height / 1100.0, 0.35, 1.4);
    return {scale, std::max(1, static_cast<int>(std::lround(scale * 1.6))), std::max(4, size.height / 80)};
}

void drawText(cv::Mat& picture, const std::string& text, cv::Point origin, const TextStyle& style)
{
    cv::putText(picture, text, origin, kFont, style.scale, kShadow, style.thickness + 2, cv::LINE_AA);
    cv::putText(picture, text, origin, kFont, style.scale, kWhite, style.thickness, cv::LINE_AA);
}

int textWidth(const std::string& text, const TextStyle& style)
{
    int baseline = 0;
    return cv::getTextSize(text, kFont, style.scale, style.thickness + 2, &baseline).width;
}

int lineHeight(const TextStyle& style)
{
    int baseline = 0;
    return cv::getTextSize("Hg", kFont, style.scale, style.thickness + 2, &baseline).height + baseline + 2;
}

std::string formatLimit(double value)
{
    char text[32];
    const double magnitude = std::abs(value);
    if (value != 0 && (magnitude >= 1e5 || magnitude < 1e-2))
        std::snprintf(text, sizeof text, "%.2e", value);
    else
        std::snprintf(text, sizeof text, "%.3g", value);
    return text;
}

void drawColourBar(cv::Mat& picture, const render::DisplaySettings& settings, const std::string& unit, const TextStyle& style)
{
    const render::ColorTable& table = render::colormap(settings.colormap);
    const int width = picture.cols / 3, height = std::max(6, picture.rows / 60);
    const int left = style.margin, top = picture.rows - style.margin - height - lineHeight(style);
    cv::rectangle(picture, {left - 1, top - 1, width + 2, height + 2}, kWhite, 1);
    for (int x = 0; x < width; ++x) {
        const std::uint32_t rgb = table[static_cast<std::size_t>(x * 255 / std::max(1, width - 1))];
        const cv::Scalar colour(rgb & 0xFF, (rgb >> 8) & 0xFF, (rgb >> 16) & 0xFF);
        cv::line(picture, {left + x, top}, {left + x, top + height - 1}, colour);
    }
    const int textTop = top + height + lineHeight(style) - 2;
    drawText(picture, formatLimit(settings.range.low), {left, textTop}, style);
    const std::string high = formatLimit(settings.range.high) + (unit.empty() ? "" : " " + unit);
    drawText(picture, high, {left + width - textWidth(high, style), textTop}, style);
}

void drawScaleBar(cv::Mat& picture, const Frame& frame, const TextStyle& style)
{
    const auto wcs = geometry::SolarWcs::fromHeader(frame.header);
    if (!wcs || !(wcs->rsunPixels() > 0))
        return;
    const double pixelsPerRsun = wcs->rsunPixels() * picture.cols / std::max(1, frame.image.width());
    // The largest of 1, 2, 5, 10... solar radii that fits in a quarter of the width.
    int radii = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50, 100})
        if (candidate * pixelsPerRsun <= picture.cols / 4.0)
            radii = candidate;
    const int length = static_cast<int>(std::lround(radii * pixelsPerRsun));
    if (length < 4)
        return;
    const int right = picture.cols - style.margin, y = picture.rows - style.margin - lineHeight(style);
    cv::line(picture, {right - length, y}, {right, y}, kShadow, style.thickness + 4);
    cv::line(picture, {right - length, y}, {right, y}, kWhite, style.thickness + 1);
    const std::string label = std::to_string(radii) + (radii == 1 ? " solar radius" : " solar radii");
    drawText(picture, label, {right - textWidth(label, style), y + lineHeight(style) - 2}, style);
}

} // namespace

cv::Size movieSize(int width, int height, int targetWidth)
{
    const double scale = targetWidth > 0 ? static_cast<double>(targetWidth) / std::max(1, width) : 1.0;
    const auto even = [](double v) { return std::max(2, static_cast<int>(std::lround(v / 2.0)) * 2); };
    return {even(width * scale), even(height * scale)};
}

cv::Mat renderMovieFrame(const Frame& frame, const render::DisplaySettings& settings, cv::Size size,
                         const Annotations& annotations, std::size_t index, std::size_t count)
{
    const Image& image = frame.image;
    cv::Mat argb(image.height(), image.width(), CV_8UC4);
    render::renderToRgb(image, settings, reinterpret_cast<std::uint32_t*>(argb.data), image.width());
    cv::Mat bgr;
    cv::cvtColor(argb, bgr, cv::COLOR_BGRA2BGR);  // 0xFFRRGGBB is B, G, R, A in memory
    if (bgr.size() != size)
        cv::resize(bgr, bgr, size, 0, 0, bgr.cols > size.width ? cv::INTER_AREA : cv::INTER_LINEAR);

    const TextStyle style = styleFor(size);
    const int line = lineHeight(style);
    int y = style.margin + line - 4;
    if (annotations.instrument) {
        drawText(bgr, instrumentLabel(frame.info), {style.margin, y}, style);
        y += line;
    }
    if (annotations.timeStamp && frame.info.time)
        drawText(bgr, frame.info.time->toIso(0).substr(0, 19).replace(10, 1, " ") + " UTC", {style.margin, y}, style);
    if (annotations.frameNumber) {
        const std::string number = std::to_string(index + 1) + " / " + std::to_string(count);
        drawText(bgr, number, {size.width - style.margin - textWidth(number, style), style.margin + line - 4}, style);
    }
    if (!annotations.title.empty())
        drawText(bgr, annotations.title, {(size.width - textWidth(annotations.title, style)) / 2, style.margin + line - 4}, style);
    if (annotations.colourBar)
        drawColourBar(bgr, settings, frame.header.text("BUNIT").value_or(""), style);
    if (annotations.scaleBar)
        drawScaleBar(bgr, frame, style);
    return bgr;
}

render::DisplayRange sequenceDisplayRange(const std::vector<const Image*>& frames, double lowPercent, double highPercent)
{
    if (frames.empty())
        return {0.0, 1.0};
    // percentileRange already samples about 262,144 shown pixels a frame; pooling those
    // samples frame by frame costs no more than one frame each.
    std::vector<float> values;
    for (const Image* image : frames) {
        const std::size_t stride = std::max<std::size_t>(1, render::statisticsSampleStride(image->pixelCount()) * frames.size() / 4);
        const auto pixels = image->pixels();
        const auto mask = image->mask();
        for (std::size_t i = 0; i < pixels.size(); i += stride)
            if (std::isfinite(pixels[i]) && pixels[i] != 0.0f && !(mask[i] & (MaskBit::Missing | MaskBit::OutsideFov)))
                values.push_back(pixels[i]);
    }
    return render::percentilesOf(values, lowPercent, highPercent);
}

} // namespace hb::exporting
