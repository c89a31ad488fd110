#include "core/translatable.h"
#include "instruments/lasco/steps/lasco_steps.h"
#include "steps/step_support.h"

namespace hb::steps {

namespace {

struct BiasExposureParams {
    std::string bias_source = "header";
    double bias_dn = 0.0;
    double exposure_factor = 1.0;
};

class BiasExposureStep final : public TypedStep<BiasExposureParams> {
public:
    BiasExposureStep()
        : TypedStep(
              {"lasco.bias_exposure", 1, HB_TR_NOOP("hb::steps", "Subtract bias, normalise exposure"),
               HB_TR_NOOP("hb::steps",
                          "Subtracts the bias (the header's OFFSET, or a value from the exposure-factor tables) "
                          "and divides by the corrected exposure time EXPTIME x exposure factor, giving DN/s "
                          "(SSW get_exp_factor). The factor is 1 when the tables are not at hand. Writes OFFSETCR "
                          "and the corrected EXPTIME."),
               kLascoDetectors},
              ParameterSchema<BiasExposureParams>()
                  .choice(&BiasExposureParams::bias_source,
                          {.key = "bias_source", .label = HB_TR_NOOP("hb::steps", "Bias from"),
                           .help = HB_TR_NOOP("hb::steps", "header: OFFSET; value: the number below; none: polarisation products and monthly images"),
                           .choices = {"header", "value", "none"}})
                  .number(&BiasExposureParams::bias_dn,
                          {.key = "bias_dn", .label = HB_TR_NOOP("hb::steps", "Bias value"),
                           .help = HB_TR_NOOP("hb::steps", "Bias from the exposure-factor table (c2_expfactor_yymmdd.dat)"),
                           .unit = "DN", .minimum = 0, .maximum = 65535, .sliderFrom = 0, .sliderTo = 1000})
                  .number(&BiasExposureParams::exposure_factor,
                          {.key = "exposure_factor", .label = HB_TR_NOOP("hb::steps", "Exposure factor"),
                           .help = HB_TR_NOOP("hb::steps", "Correction of the commanded exposure time from the tables"),
                           .minimum = 0.01, .maximum = 100, .sliderFrom = 0.5, .sliderTo = 2}))
    {
    }

protected:
    UnitRule unitsFor(const BiasExposureParams&) const override { return {{DataUnit::RawDn}, DataUnit::DnPerSecond}; }

    Frame run(const Frame& input, const BiasExposureParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        if (const auto unit = input.header.text("BUNIT"); unit && *unit != "DN")
            throw FrameRejected(input.info.path, "is already calibrated (BUNIT " + *unit + "): not a Level 0.5 image");
        if (input.header.number("OFFSETCR"))
            throw Error(input.info.path, "already had its bias subtracted (OFFSETCR is set)");
        const double bias = p.bias_source == "header" ? requireNumber(input, "OFFSET", descriptor().id)
                            : p.bias_source == "value" ? p.bias_dn
                                                       : 0.0;
        const double exposure = requireNumber(input, "EXPTIME", descriptor().id) * p.exposure_factor;
        if (!(exposure > 0))
            throw Error(input.info.path, "has no positive exposure time: cannot normalise to DN/s");
        Frame out = input;
        const float b = static_cast<float>(bias), scale = static_cast<float>(1.0 / exposure);
        for (float& v : out.image.pixels())
            v = (v - b) * scale;
        out.header.set(HeaderCard::number("OFFSETCR", bias, "bias subtracted by HelioBench [DN]"));
        out.header.set(HeaderCard::number("EXPTIME", exposure, "s, corrected"));
        out.header.set(HeaderCard::string("BUNIT", "DN/s"));
        out.header.addHistory("bias_exposure: (DN - " + formatNumber(bias) + ") / " + formatNumber(exposure) + " s");
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeLascoBiasExposureStep()
{
    return std::make_unique<BiasExposureStep>();
}

} // namespace hb::steps
