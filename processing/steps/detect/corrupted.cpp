#include "core/translatable.h"
#include "steps/detect/detect_steps.h"
#include "steps/detect/detect_support.h"
#include "steps/step_support.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace hb::steps {

namespace {

struct CorruptedParams {
    double stripe_sigma = 30;
    double spread_factor = 10;
    double saturated_fraction = 0.5;
    bool constant_blocks = true;
    bool temporal = true;
    double temporal_sigma = 15;
    double temporal_fraction = 0.05;
};

double medianOf(std::vector<float>& values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// Lines (rows of `m`; columns by passing the transpose) whose level or spread jumps against the
// lines around them: stripes from corrupted telemetry. Lines mostly without data are skipped.
std::vector<int> stripeLines(const cv::Mat& values, const cv::Mat& hasData, const CorruptedParams& p, double saturation)
{
    const int n = values.rows;
    std::vector<double> level(static_cast<std::size_t>(n), std::nan("")), spread(static_cast<std::size_t>(n), std::nan(""));
    std::vector<int> saturatedLines;
    std::vector<float> line;
    for (int y = 0; y < n; ++y) {
        line.clear();
        const float* v = values.ptr<float>(y);
        const unsigned char* m = hasData.ptr<unsigned char>(y);
        int saturated = 0;
        for (int x = 0; x < values.cols; ++x)
            if (m[x]) {
                line.push_back(v[x]);
                saturated += v[x] >= saturation ? 1 : 0;
            }
        if (line.size() < static_cast<std::size_t>(values.cols) / 4)
            continue;
        if (saturated > p.saturated_fraction * static_cast<double>(line.size()))
            saturatedLines.push_back(y);
        const double med = medianOf(line);
        for (float& f : line)
            f = static_cast<float>(std::abs(f - med));
        level[static_cast<std::size_t>(y)] = med;
        spread[static_cast<std::size_t>(y)] = 1.4826 * medianOf(line);
    }
    // Baselines from the neighbouring lines (7 each side), robust to a stripe of a few lines.
    constexpr int kHalfWindow = 7;
    std::vector<float> residuals;
    std::vector<double> baseLevel(static_cast<std::size_t>(n), std::nan("")), baseSpread(static_cast<std::size_t>(n), std::nan(""));
    std::vector<float> window, windowSpread;
    for (int y = 0; y < n; ++y) {
        if (std::isnan(level[static_cast<std::size_t>(y)]))
            continue;
        window.clear();
        windowSpread.clear();
        for (int k = std::max(0, y - kHalfWindow); k <= std::min(n - 1, y + kHalfWindow); ++k)
            if (k != y && !std::isnan(level[static_cast<std::size_t>(k)])) {
                window.push_back(static_cast<float>(level[static_cast<std::size_t>(k)]));
                windowSpread.push_back(static_cast<float>(spread[static_cast<std::size_t>(k)]));
            }
        if (window.size() < 4)
            continue;
        baseLevel[static_cast<std::size_t>(y)] = medianOf(window);
        baseSpread[static_cast<std::size_t>(y)] = medianOf(windowSpread);
        residuals.push_back(static_cast<float>(std::abs(level[static_cast<std::size_t>(y)] - baseLevel[static_cast<std::size_t>(y)])));
    }
    // Row medians of integer DN are quantised and often all equal: the scale is at least the
    // standard error of a line's median and half a DN.
    std::vector<float> spreads;
    for (double v : spread)
        if (!std::isnan(v))
            spreads.push_back(static_cast<float>(v));
    const double medianError = spreads.empty() ? 0.0 : 1.2533 * medianOf(spreads) / std::sqrt(static_cast<double>(values.cols));
    const double scale = std::max({1.4826 * medianOf(residuals), medianError, 0.5});
    std::vector<int> bad = saturatedLines;
    for (int y = 0; y < n; ++y) {
        const auto i = static_cast<std::size_t>(y);
        if (std::isnan(baseLevel[i]))
            continue;
        const bool levelJump = std::abs(level[i] - baseLevel[i]) > p.stripe_sigma * scale;
        const bool spreadJump = spread[i] > p.spread_factor * std::max(baseSpread[i], 1e-6);
        if (levelJump || spreadJump)
            bad.push_back(y);
    }
    std::sort(bad.begin(), bad.end());
    bad.erase(std::unique(bad.begin(), bad.end()), bad.end());
    return bad;
}

class DetectCorruptedStep final : public TypedStep<CorruptedParams> {
public:
    DetectCorruptedStep()
        : TypedStep(
              {"detect.corrupted", 1, HB_TR_NOOP("hb::steps", "Detect corrupted frames"),
               HB_TR_NOOP("hb::steps",
                          "Finds rows or columns whose level or spread jumps against the lines around them "
                          "(stripes of corrupted telemetry), saturated rows or columns, blocks of one constant "
                          "non-zero value, and, with temporal neighbours, pixels far from the median of the frames "
                          "before and after (robust noise). Score: bad lines + constant blocks + percent of "
                          "temporal outliers."),
               {}, StepTrait::Detector, "corrupted"},
              ParameterSchema<CorruptedParams>()
                  .number(&CorruptedParams::stripe_sigma,
                          {.key = "stripe_sigma", .label = HB_TR_NOOP("hb::steps", "Stripe threshold"),
                           .help = HB_TR_NOOP("hb::steps", "A line's level jump, in robust sigmas of the line-to-line changes"),
                           .unit = "sigma", .minimum = 2, .maximum = 1000, .sliderFrom = 5, .sliderTo = 100})
                  .number(&CorruptedParams::spread_factor,
                          {.key = "spread_factor", .label = HB_TR_NOOP("hb::steps", "Spread factor"),
                           .help = HB_TR_NOOP("hb::steps", "A line whose pixel spread exceeds its neighbours' this many times is bad"),
                           .minimum = 1.5, .maximum = 1000, .sliderFrom = 2, .sliderTo = 50, .advanced = true})
                  .number(&CorruptedParams::saturated_fraction,
                          {.key = "saturated_fraction", .label = HB_TR_NOOP("hb::steps", "Saturated line fraction"),
                           .help = HB_TR_NOOP("hb::steps", "A line with more than this share of pixels at the frame maximum is bad"),
                           .minimum = 0.05, .maximum = 1, .advanced = true})
                  .flag(&CorruptedParams::constant_blocks,
                        {.key = "constant_blocks", .label = HB_TR_NOOP("hb::steps", "Constant blocks"),
                         .help = HB_TR_NOOP("hb::steps", "Count blocks holding one non-zero value"), .advanced = true})
                  .flag(&CorruptedParams::temporal,
                        {.key = "temporal", .label = HB_TR_NOOP("hb::steps", "Compare with neighbours"),
                         .help = HB_TR_NOOP("hb::steps", "Outliers against the median of the frames before and after")})
                  .number(&CorruptedParams::temporal_sigma,
                          {.key = "temporal_sigma", .label = HB_TR_NOOP("hb::steps", "Outlier threshold"),
                           .help = HB_TR_NOOP("hb::steps", "Distance from the neighbours' median, in robust sigmas"),
                           .unit = "sigma", .minimum = 2, .maximum = 1000, .sliderFrom = 5, .sliderTo = 60, .advanced = true})
                  .number(&CorruptedParams::temporal_fraction,
                          {.key = "temporal_fraction", .label = HB_TR_NOOP("hb::steps", "Outlier share"),
                           .help = HB_TR_NOOP("hb::steps", "Share of outlier pixels that makes the frame corrupted"),
                           .minimum = 0.0001, .maximum = 1}))
    {
    }

protected:
    Frame run(const Frame& input, const CorruptedParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        const cv::Mat values = detect::readOnlyView(input.image);
        const cv::Mat hasData = detect::dataMask(input.image);
        double minValue = 0, maxValue = 0;
        cv::minMaxLoc(values, &minValue, &maxValue, nullptr, nullptr, hasData);
        const double saturation = maxValue > 0 ? maxValue * (1 - 1e-6) : std::numeric_limits<double>::infinity();

        Detection d = detect::newDetection(descriptor(), "corrupted");
        const int w = input.image.width(), h = input.image.height();
        const auto rows = stripeLines(values, hasData, p, saturation);
        for (int y : rows)
            d.regions.push_back({0, y, w, 1});
        context.throwIfCancelled();
        const auto columns = stripeLines(values.t(), hasData.t(), p, saturation);
        for (int x : columns)
            d.regions.push_back({x, 0, 1, h});
        context.throwIfCancelled();

        int constant = 0;
        if (p.constant_blocks) {
            const int b = detect::autoBlockSize(input.image);
            for (int y0 = 0; y0 + b <= h; y0 += b)
                for (int x0 = 0; x0 + b <= w; x0 += b) {
                    double lo = 0, hi = 0;
                    cv::minMaxLoc(values(cv::Rect(x0, y0, b, b)), &lo, &hi);
                    if (lo == hi && lo != 0 && std::isfinite(lo)) {
                        d.regions.push_back({x0, y0, b, b});
                        ++constant;
                    }
                }
        }

        double outlierShare = 0;
        std::string temporalText = "no temporal neighbours";
        if (p.temporal && context.neighbours) {
            const cv::Mat median = detect::neighbourMedian(input, context.neighbours(input));
            context.throwIfCancelled();
            if (!median.empty()) {
                cv::Mat residual = values - median;
                const auto stats = detect::robustStats(residual, hasData);
                cv::Mat outliers = (cv::abs(residual - stats.median) > p.temporal_sigma * std::max(stats.sigma, 1e-6)) & hasData;
                outlierShare = static_cast<double>(cv::countNonZero(outliers)) / std::max(1, cv::countNonZero(hasData));
                std::ostringstream text;
                text.precision(3);
                text << outlierShare * 100 << " % of pixels off the neighbours' median";
                temporalText = text.str();
            }
        }
        const auto lines = rows.size() + columns.size();
        d.score = static_cast<double>(lines) + constant + outlierShare * 100;
        d.flagged = lines > 0 || constant > 0 || outlierShare > p.temporal_fraction;
        d.summary = std::to_string(rows.size()) + " bad row(s), " + std::to_string(columns.size()) + " bad column(s), " +
                    std::to_string(constant) + " constant block(s); " + temporalText;
        return detect::withDetection(input, std::move(d));
    }
};

} // namespace

std::unique_ptr<Step> makeDetectCorruptedStep()
{
    return std::make_unique<DetectCorruptedStep>();
}

} // namespace hb::steps
