#include "core/translatable.h"
#include "steps/detect/brightening.h"
#include "steps/detect/detect_steps.h"
#include "steps/detect/detect_support.h"
#include "steps/step_support.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numbers>
#include <sstream>

namespace hb::steps {

namespace {

struct TransientsParams {
    long long working_size = 1024;
    bool temporal = true;
    double canny_low = 40;
    double canny_high = 120;
    long long hough_threshold = 8;
    double min_length = 10;
    double max_gap = 1;
    std::string direction = "any";
    double angle_tolerance = 3;
    long long max_lines = 0;
};

// log10 of the data pixels stretched to 8 bits between the 1st and 99.9th percentile of the
// frame; pixels without data take the lowest value.
cv::Mat logStretched(const cv::Mat& values, const cv::Mat& hasData)
{
    cv::Mat logValues(values.size(), CV_32F);
    for (int y = 0; y < values.rows; ++y) {
        const float* v = values.ptr<float>(y);
        const unsigned char* m = hasData.ptr<unsigned char>(y);
        float* out = logValues.ptr<float>(y);
        for (int x = 0; x < values.cols; ++x)
            out[x] = (m[x] && v[x] > 0) ? std::log10(v[x]) : std::numeric_limits<float>::quiet_NaN();
    }
    std::vector<float> sample;
    for (int y = 0; y < logValues.rows; y += 2)
        for (int x = 0; x < logValues.cols; x += 2)
            if (const float v = logValues.at<float>(y, x); std::isfinite(v))
                sample.push_back(v);
    if (sample.size() < 16)
        return cv::Mat::zeros(values.size(), CV_8U);
    auto at = [&](double q) {
        auto it = sample.begin() + static_cast<std::ptrdiff_t>(q * static_cast<double>(sample.size() - 1));
        std::nth_element(sample.begin(), it, sample.end());
        return static_cast<double>(*it);
    };
    const double lo = at(0.01), hi = at(0.999);
    cv::Mat stretched;
    cv::patchNaNs(logValues, lo);
    logValues.convertTo(stretched, CV_8U, 255.0 / std::max(hi - lo, 1e-6), -lo * 255.0 / std::max(hi - lo, 1e-6));
    return stretched;
}

class DetectTransientsStep final : public TypedStep<TransientsParams> {
public:
    DetectTransientsStep()
        : TypedStep(
              {"detect.transients", 2, HB_TR_NOOP("hb::steps", "Detect comet/planet transients"),
               HB_TR_NOOP("hb::steps",
                          "Finds planets with their bleed trails and comets with their tails: Canny edges of where "
                          "the frame is brighter than the median of its temporal neighbours (in log units, so "
                          "static streamers cancel), then probabilistic Hough line segments of a minimum length, "
                          "in any direction or along the readout direction (rows for LASCO, columns for SECCHI). "
                          "Without neighbours, the edges of the frame itself. Edges at the borders of masks, "
                          "missing blocks and the picture are ignored. Score: the number of segments."),
               {}, StepTrait::Detector, "transients"},
              ParameterSchema<TransientsParams>()
                  .integer(&TransientsParams::working_size,
                           {.key = "working_size", .label = HB_TR_NOOP("hb::steps", "Working size"),
                            .help = HB_TR_NOOP("hb::steps", "The frame is reduced to at most this many pixels a side first"),
                            .unit = "px", .minimum = 64, .maximum = 4096, .sliderFrom = 256, .sliderTo = 2048, .advanced = true})
                  .flag(&TransientsParams::temporal,
                        {.key = "temporal", .label = HB_TR_NOOP("hb::steps", "Compare with neighbours"),
                         .help = HB_TR_NOOP("hb::steps", "Look for edges of what is brighter than in the neighbouring frames")})
                  .number(&TransientsParams::canny_low,
                          {.key = "canny_low", .label = HB_TR_NOOP("hb::steps", "Canny low"),
                           .help = HB_TR_NOOP("hb::steps", "Lower hysteresis threshold on the gradient (40: 0.05 dex per pixel)"),
                           .minimum = 1, .maximum = 1000, .sliderFrom = 5, .sliderTo = 200, .advanced = true})
                  .number(&TransientsParams::canny_high,
                          {.key = "canny_high", .label = HB_TR_NOOP("hb::steps", "Canny high"),
                           .help = HB_TR_NOOP("hb::steps", "Upper hysteresis threshold"),
                           .minimum = 1, .maximum = 1000, .sliderFrom = 20, .sliderTo = 400})
                  .integer(&TransientsParams::hough_threshold,
                           {.key = "hough_threshold", .label = HB_TR_NOOP("hb::steps", "Hough votes"),
                            .help = HB_TR_NOOP("hb::steps", "Edge pixels a line needs"),
                            .minimum = 1, .maximum = 10000, .sliderFrom = 2, .sliderTo = 100})
                  .number(&TransientsParams::min_length,
                          {.key = "min_length", .label = HB_TR_NOOP("hb::steps", "Minimum length"),
                           .help = HB_TR_NOOP("hb::steps", "Shortest segment, in working pixels"),
                           .unit = "px", .minimum = 2, .maximum = 4096, .sliderFrom = 4, .sliderTo = 200})
                  .number(&TransientsParams::max_gap,
                          {.key = "max_gap", .label = HB_TR_NOOP("hb::steps", "Largest gap"),
                           .help = HB_TR_NOOP("hb::steps", "Gap bridged within a segment"),
                           .unit = "px", .minimum = 0, .maximum = 100, .sliderFrom = 0, .sliderTo = 20, .advanced = true})
                  .choice(&TransientsParams::direction,
                          {.key = "direction", .label = HB_TR_NOOP("hb::steps", "Direction"),
                           .help = HB_TR_NOOP("hb::steps", "Readout direction bleeds follow: rows (LASCO), columns (SECCHI) or any"),
                           .choices = {"rows", "columns", "any"}})
                  .number(&TransientsParams::angle_tolerance,
                          {.key = "angle_tolerance", .label = HB_TR_NOOP("hb::steps", "Angle tolerance"),
                           .help = HB_TR_NOOP("hb::steps", "Largest deviation from the direction"),
                           .unit = "deg", .minimum = 0, .maximum = 90, .advanced = true})
                  .integer(&TransientsParams::max_lines,
                           {.key = "max_lines", .label = HB_TR_NOOP("hb::steps", "Lines allowed"),
                            .help = HB_TR_NOOP("hb::steps", "More segments than this make the frame a transient"),
                            .minimum = 0, .maximum = 10000, .sliderFrom = 0, .sliderTo = 100}))
    {
    }

protected:
    Frame run(const Frame& input, const TransientsParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        const cv::Mat values = detect::readOnlyView(input.image);
        const cv::Mat hasData = detect::dataMask(input.image);
        const int side = std::max(values.cols, values.rows);
        const int factor = std::max(1, static_cast<int>(std::ceil(static_cast<double>(side) / static_cast<double>(p.working_size))));
        const auto [small, smallData] = detect::reduced(values, hasData, factor);
        std::vector<cv::Mat> neighbourLogs;
        if (p.temporal && context.neighbours)
            for (const Frame* other : context.neighbours(input)) {
                if (other->image.width() != input.image.width() || other->image.height() != input.image.height())
                    continue;
                const cv::Mat otherValues = detect::readOnlyView(other->image);
                const auto [otherSmall, otherData] = detect::reduced(otherValues, detect::dataMask(other->image), factor);
                neighbourLogs.push_back(detect::levelledLog(otherSmall, otherData));
            }
        context.throwIfCancelled();
        const bool temporal = neighbourLogs.size() >= 2;
        cv::Mat edges, usable;
        if (temporal) {
            auto [residual, valid] = detect::brightening(detect::levelledLog(small, smallData), neighbourLogs);
            edges = detect::brighteningEdges(residual, p.canny_low, p.canny_high);
            usable = valid & smallData;
        } else {
            // No neighbours: the edges of the frame itself, streamers and all.
            cv::Canny(logStretched(small, smallData), edges, p.canny_low, p.canny_high, 3, true);
            usable = smallData;
        }
        context.throwIfCancelled();
        // Mask borders (occulter, corners, lost blocks) and the picture's own edge are edges of no
        // interest: outside the picture counts as masked, or LASCO's first and last rows read as trails.
        cv::Mat interior;
        cv::erode(usable, interior, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 7)), cv::Point(-1, -1), 1,
                  cv::BORDER_CONSTANT, cv::Scalar(0));
        edges &= interior;
        std::vector<cv::Vec4i> segments;
        cv::HoughLinesP(edges, segments, 1, std::numbers::pi / 180, static_cast<int>(p.hough_threshold), p.min_length, p.max_gap);
        context.throwIfCancelled();

        Detection d = detect::newDetection(descriptor(), "transient");
        const double tolerance = p.angle_tolerance * std::numbers::pi / 180;
        for (const cv::Vec4i& s : segments) {
            const double angle = std::atan2(std::abs(s[3] - s[1]), std::abs(s[2] - s[0]));  // 0 along rows
            const bool along = p.direction == "any" || (p.direction == "rows" && angle <= tolerance) ||
                               (p.direction == "columns" && angle >= std::numbers::pi / 2 - tolerance);
            if (!along)
                continue;
            const auto f = static_cast<float>(factor);
            d.lines.push_back({(s[0] + 0.5f) * f, (s[1] + 0.5f) * f, (s[2] + 0.5f) * f, (s[3] + 0.5f) * f});
        }
        d.score = static_cast<double>(d.lines.size());
        d.flagged = static_cast<long long>(d.lines.size()) > p.max_lines;
        std::ostringstream text;
        text << d.lines.size() << " segment(s) along " << p.direction << " (flag above " << p.max_lines << "), "
             << segments.size() << " in all, on a " << small.cols << " x " << small.rows << " copy, "
             << (temporal ? "brighter than " + std::to_string(neighbourLogs.size()) + " neighbours"
                          : std::string("no neighbours: edges of the frame itself"));
        d.summary = text.str();
        return detect::withDetection(input, std::move(d));
    }
};

} // namespace

std::unique_ptr<Step> makeDetectTransientsStep()
{
    return std::make_unique<DetectTransientsStep>();
}

} // namespace hb::steps
