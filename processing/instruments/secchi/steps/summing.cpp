#include "core/translatable.h"
#include "instruments/secchi/steps/secchi_steps.h"
#include "steps/step_support.h"

#include <cmath>

namespace hb::steps {

double secchiPixelsSummed(double ipsum)
{
    const double side = std::pow(2.0, ipsum - 1.0);
    return side * side;
}

namespace {

struct SummingParams {
    long long ipsum_override = 0;
};

// Onboard summing (IPSUM) adds 2^(IPSUM-1) x 2^(IPSUM-1) CCD pixels into one; dividing gives the
// DN of one CCD pixel, which is what bias, calibration factors and vignetting refer to. CCD
// binning (SUMMED) averages charge in the serial register and needs no correction here.
class SummingStep final : public TypedStep<SummingParams> {
public:
    SummingStep()
        : TypedStep({"secchi.summing", 1, HB_TR_NOOP("hb::steps", "Correct onboard summing"),
                     HB_TR_NOOP("hb::steps",
                                "Divides by (2^(IPSUM-1))^2, the number of CCD pixels the image processor added into "
                                "each pixel, and sets IPSUM = 1. The bias step then subtracts the bias of one CCD "
                                "pixel and the calibration factor applies unchanged."),
                     kSecchiDetectors},
                    ParameterSchema<SummingParams>().integer(
                        &SummingParams::ipsum_override,
                        {.key = "ipsum_override", .label = HB_TR_NOOP("hb::steps", "IPSUM (0: from the header)"),
                         .help = HB_TR_NOOP("hb::steps", "Onboard summing level when the header's IPSUM is wrong"),
                         .minimum = 0, .maximum = 4, .advanced = true}))
    {
    }

protected:
    Frame run(const Frame& input, const SummingParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        Frame out = input;
        const double ipsum = p.ipsum_override > 0 ? static_cast<double>(p.ipsum_override) : out.header.number("IPSUM").value_or(1.0);
        const double pixelsSummed = secchiPixelsSummed(ipsum);
        if (pixelsSummed != 1.0) {
            scalePixels(out.image, 1.0 / pixelsSummed);
            out.header.addHistory("summing: divided by " + formatNumber(pixelsSummed) + " (IPSUM " +
                                  std::to_string(static_cast<int>(ipsum)) + " -> 1)");
        }
        out.header.set(HeaderCard::number("IPSUM", 1.0));
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeSecchiSummingStep()
{
    return std::make_unique<SummingStep>();
}

} // namespace hb::steps
