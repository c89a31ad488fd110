#include "core/translatable.h"
#include "instruments/secchi/steps/secchi_steps.h"
#include "steps/step_support.h"

namespace hb::steps {

namespace {

struct ExposureParams {
    double exposure_override_s = 0.0;
};

class ExposureStep final : public TypedStep<ExposureParams> {
public:
    ExposureStep()
        : TypedStep({"secchi.exposure", 1, HB_TR_NOOP("hb::steps", "Normalise exposure"),
                     HB_TR_NOOP("hb::steps",
                                "Divides by the exposure time (EXPTIME) so that pixels are in DN/s and frames of "
                                "different exposures compare. Refuses frames with no positive exposure time."),
                     kSecchiDetectors},
                    ParameterSchema<ExposureParams>().number(
                        &ExposureParams::exposure_override_s,
                        {.key = "exposure_override_s", .label = HB_TR_NOOP("hb::steps", "Exposure (0: EXPTIME)"),
                         .help = HB_TR_NOOP("hb::steps", "Exposure time to use instead of the header's"),
                         .unit = "s", .minimum = 0, .maximum = 1e5, .sliderFrom = 0, .sliderTo = 100, .advanced = true}))
    {
    }

protected:
    // Dividing counts with the bias still in would scale the bias too.
    UnitRule unitsFor(const ExposureParams&) const override { return {{DataUnit::Dn}, DataUnit::DnPerSecond}; }

    Frame run(const Frame& input, const ExposureParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        if (input.header.text("BUNIT").value_or("") == "DN/s")
            throw Error(input.info.path, "is already in DN/s: the exposure was normalised before");
        const double exposure = p.exposure_override_s > 0 ? p.exposure_override_s : requireNumber(input, "EXPTIME", descriptor().id);
        if (!(exposure > 0))
            throw Error(input.info.path, "has EXPTIME = " + formatNumber(exposure) + " s: cannot normalise to DN/s");
        Frame out = input;
        scalePixels(out.image, 1.0 / exposure);
        out.header.set(HeaderCard::string("BUNIT", "DN/s"));
        out.header.addHistory("exposure: normalised to 1 s from " + formatNumber(exposure) + " s");
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeSecchiExposureStep()
{
    return std::make_unique<ExposureStep>();
}

} // namespace hb::steps
