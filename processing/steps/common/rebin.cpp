#include "core/translatable.h"
#include "steps/common/common_steps.h"
#include "steps/step_support.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace hb::steps {

namespace {

struct RebinParams {
    std::string size = "1024";
    std::string mode = "auto";
};

// Up by an integer factor: bilinear for the values (divided by f^2 for counts), nearest for masks.
Image expand(const Image& in, int f, bool sum)
{
    Image source = in;
    Image out(in.width() * f, in.height() * f);
    cv::resize(source.pixelMat(), out.pixelMat(), out.pixelMat().size(), 0, 0, cv::INTER_LINEAR);
    cv::resize(source.maskMat(), out.maskMat(), out.maskMat().size(), 0, 0, cv::INTER_NEAREST);
    if (sum)
        scalePixels(out, 1.0 / (f * f));
    return out;
}

class RebinStep final : public TypedStep<RebinParams> {
public:
    RebinStep()
        : TypedStep(
              {"common.rebin", 1, HB_TR_NOOP("hb::steps", "Rebin to a common size"),
               HB_TR_NOOP("hb::steps",
                          "Brings square frames to 2048, 1024, 512 or 256 pixels by integer factors: block mean for "
                          "surface brightness (DN/s, MSB), block sum for raw DN (auto chooses by BUNIT), so that "
                          "total flux is kept; enlarging interpolates bilinearly. CDELT is multiplied by the factor "
                          "and CRPIX' = (CRPIX - 0.5) / f + 0.5, so the WCS still points every pixel right."),
               {}, StepTrait::Geometry},
              ParameterSchema<RebinParams>()
                  .choice(&RebinParams::size,
                          {.key = "size", .label = HB_TR_NOOP("hb::steps", "Size"), .help = HB_TR_NOOP("hb::steps", "Width and height of the output; one size for a whole day of frames"), .unit = "px",
                           .choices = {"2048", "1024", "512", "256"}})
                  .choice(&RebinParams::mode,
                          {.key = "mode", .label = HB_TR_NOOP("hb::steps", "Combine pixels by"),
                           .help = HB_TR_NOOP("hb::steps", "auto: sum for DN, mean for DN/s and calibrated units"),
                           .choices = {"auto", "mean", "sum"}, .advanced = true}))
    {
    }

protected:
    Frame run(const Frame& input, const RebinParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        const int target = std::stoi(p.size), w = input.image.width(), h = input.image.height();
        if (w != h)
            throw Error(input.info.path, "is " + std::to_string(w) + " x " + std::to_string(h) +
                                             " pixels; rebinning to a common size needs square frames");
        const bool down = w >= target;
        if ((down && w % target != 0) || (!down && target % w != 0))
            throw Error(input.info.path, "is " + std::to_string(w) + " pixels wide, not an integer factor of " + p.size);
        const bool sum = p.mode == "sum" || (p.mode == "auto" && input.header.text("BUNIT").value_or("DN") == "DN");
        Frame out = input;
        const double f = down ? static_cast<double>(w / target) : 1.0 / (target / w);
        if (w != target)
            out.image = down ? binBlocks(input.image, w / target, w / target, sum) : expand(input.image, target / w, sum);
        for (const char* axis : {"1", "2"}) {
            if (const auto crpix = input.header.number(std::string("CRPIX") + axis))
                out.header.set(HeaderCard::number(std::string("CRPIX") + axis, (*crpix - 0.5) / f + 0.5));
            if (const auto cdelt = input.header.number(std::string("CDELT") + axis))
                out.header.set(HeaderCard::number(std::string("CDELT") + axis, *cdelt * f));
        }
        out.info.width = out.image.width();
        out.info.height = out.image.height();
        out.header.addHistory("rebin: " + std::to_string(w) + " -> " + p.size + " px by block " + (sum ? "sum" : "mean"));
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeRebinStep()
{
    return std::make_unique<RebinStep>();
}

} // namespace hb::steps
