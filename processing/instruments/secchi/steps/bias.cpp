#include "core/image_statistics.h"
#include "core/translatable.h"
#include "instruments/secchi/steps/secchi_steps.h"
#include "steps/step_support.h"

#include <algorithm>
#include <cmath>

namespace hb::steps {

namespace {

struct BiasParams {
    std::string source = "header";
    double value_dn = 0.0;
    long long corner_size = 32;
};

// Median of the four corner squares: on coronagraph and EUVI images they lie beyond the field
// stop, where the CCD sees little light and the pixels read the bias. NaN without usable pixels.
double cornerMedian(const Image& image, int size)
{
    const int s = std::min({size, image.width() / 2, image.height() / 2});
    Image corners(s, 4 * s);
    int row = 0;
    for (int y0 : {0, image.height() - s})
        for (int x0 : {0, image.width() - s})
            for (int y = y0; y < y0 + s; ++y, ++row)
                for (int x = x0; x < x0 + s; ++x) {
                    corners.at(x - x0, row) = image.at(x, y);
                    corners.addMask(x - x0, row, image.maskAt(x, y));
                }
    const ImageStatistics stats = computeStatistics(corners, static_cast<MaskBits>(~MaskBits{0}));
    return stats.count > 0 ? stats.median : std::nan("");
}

class BiasStep final : public TypedStep<BiasParams> {
public:
    BiasStep()
        : TypedStep(
              {"secchi.bias", 1, HB_TR_NOOP("hb::steps", "Subtract bias"),
               HB_TR_NOOP("hb::steps",
                          "Subtracts the CCD bias (offset). From the header: BIASMEAN, scaled by the onboard summing "
                          "still in the image (IPSUM), nothing when the image processor already removed it (codes "
                          "103, 37, 38) or an earlier run did (OFFSETCR); for HI the per-image share is removed as "
                          "in hi_prep. Or a value you give, or the median of the unilluminated corners. Writes "
                          "OFFSETCR."),
               kSecchiDetectors},
              ParameterSchema<BiasParams>()
                  .choice(&BiasParams::source,
                          {.key = "source", .label = HB_TR_NOOP("hb::steps", "Bias from"),
                           .help = HB_TR_NOOP("hb::steps", "header: BIASMEAN; value: the number below; corners: median of the image corners"),
                           .choices = {"header", "value", "corners"}})
                  .number(&BiasParams::value_dn,
                          {.key = "value_dn", .label = HB_TR_NOOP("hb::steps", "Bias value"),
                           .help = HB_TR_NOOP("hb::steps", "Used when the bias comes from a value"), .unit = "DN",
                           .minimum = 0, .maximum = 65535, .sliderFrom = 0, .sliderTo = 4000})
                  .integer(&BiasParams::corner_size,
                           {.key = "corner_size", .label = HB_TR_NOOP("hb::steps", "Corner size"),
                            .help = HB_TR_NOOP("hb::steps", "Side of each corner square used for the corner median"),
                            .unit = "px", .minimum = 4, .maximum = 512, .sliderFrom = 8, .sliderTo = 128, .advanced = true}))
    {
    }

protected:
    UnitRule unitsFor(const BiasParams&) const override { return {{DataUnit::RawDn}, DataUnit::Dn}; }

    Frame run(const Frame& input, const BiasParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        Frame out = input;
        double bias = 0.0;
        std::string why;
        if (out.header.number("OFFSETCR").value_or(0.0) > 0.0)
            return out;  // subtracted before (OFFSETCR keeps how much): never twice
        if (p.source == "value") {
            bias = p.value_dn;
            why = "given value";
        } else if (p.source == "corners") {
            bias = cornerMedian(out.image, static_cast<int>(p.corner_size));
            if (!std::isfinite(bias))
                throw Error(input.info.path, "has no usable corner pixels for the bias median");
            why = "median of the corners";
        } else {
            const std::vector<int> codes = secchiIpCodes(out.header.text("IP_00_19").value_or(""));
            const bool onboard = std::any_of(codes.begin(), codes.end(), [](int c) { return c == 103 || c == 37 || c == 38; });
            if (onboard) {
                why = "removed onboard (IP_00_19)";
            } else {
                bias = requireNumber(out, "BIASMEAN", descriptor().id);
                const std::string detector = out.info.detector.value_or("");
                if (detector == "HI1" || detector == "HI2")
                    bias -= bias / std::max(1.0, out.header.number("N_IMAGES").value_or(1.0));
                const double ipsum = out.header.number("IPSUM").value_or(1.0);
                bias *= secchiPixelsSummed(ipsum);
                why = "BIASMEAN";
            }
        }
        const float b = static_cast<float>(bias);
        for (float& v : out.image.pixels())
            v -= b;
        out.header.set(HeaderCard::number("OFFSETCR", bias, "bias subtracted by HelioBench [DN]"));
        out.header.addHistory("bias: subtracted " + formatNumber(bias) + " DN (" + why + ")");
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeSecchiBiasStep()
{
    return std::make_unique<BiasStep>();
}

} // namespace hb::steps
