#include "core/translatable.h"
#include "geometry/solar_wcs.h"
#include "steps/common/common_steps.h"
#include "steps/step_support.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <limits>
#include <numbers>

namespace hb::steps {

namespace {

struct RotateNorthParams {
    bool centre_sun = true;
    std::string interpolation = "bilinear";
};

// Roll of the image y axis from solar north, degrees counter-clockwise: from the PC matrix when
// present (PC1_1 = cos, PC2_1 = sin), else CROTA, CROTA1 or CROTA2 (LASCO).
double rollDegrees(const Header& h)
{
    if (const auto pc11 = h.number("PC1_1"), pc21 = h.number("PC2_1"); pc11 && pc21)
        return std::atan2(*pc21, *pc11) * 180.0 / std::numbers::pi;
    for (const char* key : {"CROTA", "CROTA1", "CROTA2"})
        if (const auto v = h.number(key))
            return *v;
    return 0.0;
}

class RotateNorthStep final : public TypedStep<RotateNorthParams> {
public:
    RotateNorthStep()
        : TypedStep(
              {"common.rotate_north", 1, HB_TR_NOOP("hb::steps", "Rotate to solar north"),
               HB_TR_NOOP("hb::steps",
                          "Rotates the image about the Sun centre so that solar north is up (by the roll in the "
                          "PC matrix or CROTA), optionally moving the Sun to the image centre, and rewrites the WCS "
                          "(CRPIX at the Sun centre, CRVAL 0, PC identity, CROTA 0) so that every pixel keeps its "
                          "helioprojective coordinates. Pixels from outside the input become NaN, masked outside "
                          "the field of view."),
               {"COR1", "COR2", "EUVI", "C2", "C3"}, StepTrait::Geometry},
              ParameterSchema<RotateNorthParams>()
                  .flag(&RotateNorthParams::centre_sun,
                        {.key = "centre_sun", .label = HB_TR_NOOP("hb::steps", "Centre the Sun"),
                         .help = HB_TR_NOOP("hb::steps", "Move the Sun centre to the middle of the image")})
                  .choice(&RotateNorthParams::interpolation,
                          {.key = "interpolation", .label = HB_TR_NOOP("hb::steps", "Interpolation"),
                           .help = HB_TR_NOOP("hb::steps", "nearest keeps values exactly; cubic is sharpest"),
                           .choices = {"nearest", "bilinear", "cubic"}, .advanced = true}))
    {
    }

protected:
    Frame run(const Frame& input, const RotateNorthParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        const auto wcs = geometry::SolarWcs::fromHeader(input.header);
        if (!wcs)
            throw Error(input.info.path, "has no usable WCS (CRPIX, CDELT, CTYPE) to find the Sun and solar north");
        double sunX = 0, sunY = 0;
        wcs->skyToPixel(0.0, 0.0, sunX, sunY);
        const double roll = rollDegrees(input.header) * std::numbers::pi / 180.0;
        const int w = input.image.width(), h = input.image.height();
        const double outX = p.centre_sun ? (w - 1) / 2.0 : sunX, outY = p.centre_sun ? (h - 1) / 2.0 : sunY;
        // Output pixel o comes from input pixel sun + PC^T (o - out): PC is a pure rotation.
        const double c = std::cos(roll), s = std::sin(roll);
        cv::Matx23d toInput(c, s, sunX - c * outX - s * outY, -s, c, sunY + s * outX - c * outY);
        const int method = p.interpolation == "nearest" ? cv::INTER_NEAREST : p.interpolation == "cubic" ? cv::INTER_CUBIC : cv::INTER_LINEAR;
        Frame out = input;
        Image& image = out.image;
        Image source = input.image;
        cv::warpAffine(source.pixelMat(), image.pixelMat(), toInput, image.pixelMat().size(), method | cv::WARP_INVERSE_MAP,
                       cv::BORDER_CONSTANT, cv::Scalar(std::numeric_limits<float>::quiet_NaN()));
        cv::warpAffine(source.maskMat(), image.maskMat(), toInput, image.maskMat().size(), cv::INTER_NEAREST | cv::WARP_INVERSE_MAP,
                       cv::BORDER_CONSTANT, cv::Scalar(bits(MaskBit::OutsideFov)));
        for (std::size_t k = 0; k < image.pixelCount(); ++k)
            if (!std::isfinite(image.pixels()[k]) && image.mask()[k] == 0)
                image.mask()[k] = bits(MaskBit::OutsideFov);
        Header& hd = out.header;
        hd.set(HeaderCard::number("CRPIX1", outX + 1.0));
        hd.set(HeaderCard::number("CRPIX2", outY + 1.0));
        hd.set(HeaderCard::number("CRVAL1", 0.0));
        hd.set(HeaderCard::number("CRVAL2", 0.0));
        if (hd.contains("PC1_1") || !hd.contains("CROTA1")) {
            hd.set(HeaderCard::number("PC1_1", 1.0));
            hd.set(HeaderCard::number("PC1_2", 0.0));
            hd.set(HeaderCard::number("PC2_1", 0.0));
            hd.set(HeaderCard::number("PC2_2", 1.0));
        }
        for (const char* key : {"CROTA", "CROTA1", "CROTA2"})
            if (hd.contains(key))
                hd.set(HeaderCard::number(key, 0.0));
        hd.addHistory("rotate_north: rotated by " + formatNumber(-roll * 180.0 / std::numbers::pi) + " deg about the Sun" +
                      (p.centre_sun ? ", Sun centred" : ""));
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeRotateNorthStep()
{
    return std::make_unique<RotateNorthStep>();
}

} // namespace hb::steps
