#include "core/translatable.h"
#include "steps/detect/detect_steps.h"
#include "steps/detect/detect_support.h"
#include "steps/detect/log_blobs.h"
#include "steps/step_support.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <sstream>

namespace hb::steps {

namespace {

struct CosmicRaysParams {
    double min_sigma = 0.7;
    double max_sigma = 2.5;
    long long scales = 3;
    double threshold = 6;
    double storm_rate = 300;
    bool temporal = true;
    long long drift = 3;
};

class DetectCosmicRaysStep final : public TypedStep<CosmicRaysParams> {
public:
    DetectCosmicRaysStep()
        : TypedStep(
              {"detect.cosmic_rays", 1, HB_TR_NOOP("hb::steps", "Detect cosmic-ray storms"),
               HB_TR_NOOP("hb::steps",
                          "Counts small bright blobs by the Laplacian of Gaussian on what the scene does not "
                          "explain: the frame minus the median of its temporal neighbours (stars, planets and the "
                          "corona cancel) or, without neighbours, minus a 5 x 5 median of itself. The threshold is in "
                          "robust sigmas of that residual. A frame with more blobs than the storm rate "
                          "is flagged. Score: blobs per frame, scaled up for the part of the frame without data."),
               {}, StepTrait::Detector, "cosmic-rays"},
              ParameterSchema<CosmicRaysParams>()
                  .number(&CosmicRaysParams::min_sigma,
                          {.key = "min_sigma", .label = HB_TR_NOOP("hb::steps", "Smallest scale"),
                           .help = HB_TR_NOOP("hb::steps", "Gaussian sigma of the smallest blobs sought"),
                           .unit = "px", .minimum = 0.3, .maximum = 30})
                  .number(&CosmicRaysParams::max_sigma,
                          {.key = "max_sigma", .label = HB_TR_NOOP("hb::steps", "Largest scale"),
                           .help = HB_TR_NOOP("hb::steps", "Gaussian sigma of the largest blobs sought"),
                           .unit = "px", .minimum = 0.3, .maximum = 30})
                  .integer(&CosmicRaysParams::scales,
                           {.key = "scales", .label = HB_TR_NOOP("hb::steps", "Scales"),
                            .help = HB_TR_NOOP("hb::steps", "Number of scales between the smallest and the largest"),
                            .minimum = 1, .maximum = 20, .advanced = true})
                  .number(&CosmicRaysParams::threshold,
                          {.key = "threshold", .label = HB_TR_NOOP("hb::steps", "Threshold"),
                           .help = HB_TR_NOOP("hb::steps", "Blob strength in robust sigmas of the residual"),
                           .unit = "sigma", .minimum = 1, .maximum = 1000, .sliderFrom = 3, .sliderTo = 20})
                  .number(&CosmicRaysParams::storm_rate,
                          {.key = "storm_rate", .label = HB_TR_NOOP("hb::steps", "Storm rate"),
                           .help = HB_TR_NOOP("hb::steps", "Blobs per frame above which the frame is a cosmic-ray storm"),
                           .unit = HB_TR_NOOP("hb::steps", "per frame"), .minimum = 1, .maximum = 1e6, .sliderFrom = 10, .sliderTo = 2000})
                  .flag(&CosmicRaysParams::temporal,
                        {.key = "temporal", .label = HB_TR_NOOP("hb::steps", "Compare with neighbours"),
                         .help = HB_TR_NOOP("hb::steps", "Subtract the median of the frames before and after")})
                  .integer(&CosmicRaysParams::drift,
                           {.key = "drift", .label = HB_TR_NOOP("hb::steps", "Star drift"),
                            .help = HB_TR_NOOP("hb::steps", "How far stars move between neighbouring frames"),
                            .unit = "px", .minimum = 0, .maximum = 50, .advanced = true}))
    {
    }

protected:
    Frame run(const Frame& input, const CosmicRaysParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        if (p.max_sigma < p.min_sigma)
            throw Error(input.info.path, "step \"" + descriptor().id + "\": the largest scale is below the smallest");
        const cv::Mat values = detect::readOnlyView(input.image);
        cv::Mat hasData = detect::dataMask(input.image);
        cv::Mat clean;
        values.copyTo(clean);
        clean.setTo(0, ~hasData);
        cv::patchNaNs(clean, 0);

        cv::Mat background;
        bool temporal = false;
        if (p.temporal && context.neighbours) {
            background = detect::neighbourMedian(input, context.neighbours(input));
            temporal = !background.empty();
        }
        if (!temporal)
            cv::medianBlur(clean, background, 5);
        context.throwIfCancelled();
        cv::Mat residual = clean - background;
        cv::patchNaNs(residual, 0);
        // Edges of masks and lost blocks are not particles.
        cv::erode(hasData, hasData, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 7)));
        // The noise is measured against the plain median, the blobs against its local maximum:
        // stars and planets drift a few pixels between frames, and the maximum covers where they were.
        const auto stats = detect::robustStats(residual, hasData);
        if (temporal && p.drift > 0) {
            const int side = static_cast<int>(p.drift) * 2 + 1;
            cv::dilate(background, background, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(side, side)));
            residual = clean - background;
            cv::patchNaNs(residual, 0);
        }
        residual = (residual - stats.median) / std::max(stats.sigma, 1e-6);
        // Particles only add charge: dips (where a star was) would ring in the LoG.
        residual = cv::max(residual, 0.0);
        residual.setTo(0, ~hasData);

        const auto blobs = detect::findLogBlobs(residual, hasData,
                                                {p.min_sigma, p.max_sigma, static_cast<int>(p.scales), p.threshold});
        context.throwIfCancelled();
        // Particles hit the detector, whatever its binning: counted per frame, scaled up for the
        // part of the frame without data (masks, lost blocks).
        const double dataShare = std::max(1.0, static_cast<double>(cv::countNonZero(hasData))) / static_cast<double>(hasData.total());
        Detection d = detect::newDetection(descriptor(), "cosmic_ray_storm");
        d.blobs = blobs;
        d.score = static_cast<double>(blobs.size()) / dataShare;
        d.flagged = d.score > p.storm_rate;
        std::ostringstream text;
        text.precision(4);
        text << blobs.size() << " blobs, " << d.score << " per whole frame (storm above " << p.storm_rate << "); "
             << (temporal ? "against the temporal neighbours" : "against the frame's own median (no neighbours)");
        d.summary = text.str();
        return detect::withDetection(input, std::move(d));
    }
};

} // namespace

std::unique_ptr<Step> makeDetectCosmicRaysStep()
{
    return std::make_unique<DetectCosmicRaysStep>();
}

} // namespace hb::steps
