#include "core/translatable.h"
#include "instruments/secchi/steps/secchi_steps.h"
#include "steps/step_support.h"

#include <algorithm>
#include <cmath>

namespace hb::steps {

namespace {

struct CalibrationFactorParams {
    double factor = 0.0;
    bool double_single_polarizer = true;
};

double yearsSince(const UtcTime& t, const char* iso)
{
    constexpr double kNanosecondsPerYear = 365.25 * 86400.0 * 1e9;
    return static_cast<double>(t.nanoseconds - UtcTime::parseIso(iso)->nanoseconds) / kNanosecondsPerYear;
}

// SSW get_calfac (ALGORITHMS-DETAIL A.8): MSB per DN/s for COR and HI, photons per DN for EUVI.
double instrumentFactor(const Frame& frame, const std::string& stepId)
{
    const std::string detector = frame.info.detector.value_or("");
    const std::string sc = stereoSpacecraftLetter(frame);
    const auto when = frame.header.text("DATE-AVG") ? UtcTime::parseIso(*frame.header.text("DATE-AVG")) : frame.info.time;
    if (detector == "EUVI") {
        const double wavelength = requireNumber(frame, "WAVELNTH", stepId);
        return 15.0 * 3.65 * wavelength / (13.6 * 911.0);
    }
    if (sc.empty() || !when)
        throw Error(frame.info.path, "needs its spacecraft (OBSRVTRY) and time for the " + detector +
                                         " calibration factor; give the factor by hand");
    const UtcTime t = *when;
    if (detector == "COR2")
        return sc == "A" ? 2.7e-12 * 0.5 : 2.8e-12 * 0.5;
    if (detector == "COR1")
        return sc == "A" ? 6.578e-11 / (1.0 - 0.00648 * yearsSince(t, "2007-12-01T03:41:48.174"))
                         : 7.080e-11 / (1.0 - 0.00258 * yearsSince(t, "2008-01-17T02:20:15.717"));
    if (detector == "HI1")
        return sc == "A" ? 3.453e-13 + 5.914e-16 * std::max(0.0, yearsSince(t, "2011-06-27"))
                         : 3.55e-13 / (1.0 - 0.001503 * std::max(0.0, yearsSince(t, "2007-01-01")));
    if (detector == "HI2") {
        if (sc == "B")
            return 4.293e-14 + 3.014e-17 * yearsSince(t, "2000-12-31");
        const double y = yearsSince(t, "2015-01-01");
        return y < 0 ? 4.476e-14 + 5.511e-17 * y : 4.512e-14 + 7.107e-17 * y;
    }
    throw Error(frame.info.path, "is not a SECCHI image (DETECTOR '" + detector + "')");
}

class CalibrationFactorStep final : public TypedStep<CalibrationFactorParams> {
public:
    CalibrationFactorStep()
        : TypedStep(
              {"secchi.calibration_factor", 1, HB_TR_NOOP("hb::steps", "Calibrate to solar brightness"),
               HB_TR_NOOP("hb::steps",
                          "Multiplies DN/s by the photometric calibration factor of the detector and spacecraft "
                          "(SSW get_calfac; COR1 and HI factors drift with time): mean solar brightness (MSB) for "
                          "COR and HI, photons for EUVI. Divides by the onboard summing still in the image and "
                          "doubles single-polariser total-brightness images. Writes CALFAC."),
               kSecchiDetectors},
              ParameterSchema<CalibrationFactorParams>()
                  .number(&CalibrationFactorParams::factor,
                          {.key = "factor", .label = HB_TR_NOOP("hb::steps", "Factor (0: instrument default)"),
                           .help = HB_TR_NOOP("hb::steps", "Calibration factor to use instead of the instrument's"),
                           .unit = "MSB per DN/s", .minimum = 0, .maximum = 1e6})
                  .flag(&CalibrationFactorParams::double_single_polarizer,
                        {.key = "double_single_polarizer", .label = HB_TR_NOOP("hb::steps", "Double single-polariser total brightness"),
                         .help = HB_TR_NOOP("hb::steps", "POLAR = 1001 from one polariser position passes half the light (not for DOUBLE exposures)"),
                         .advanced = true}))
    {
    }

protected:
    UnitRule unitsFor(const CalibrationFactorParams&) const override { return {{DataUnit::DnPerSecond}, DataUnit::Msb}; }

    Frame run(const Frame& input, const CalibrationFactorParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        requireUnit(input, "DN/s", "normalise the exposure before calibrating");
        double factor = p.factor > 0 ? p.factor : instrumentFactor(input, descriptor().id);
        const double ipsum = input.header.number("IPSUM").value_or(1.0);
        factor /= secchiPixelsSummed(ipsum);
        const bool totalBrightness = input.header.number("POLAR").value_or(0.0) == 1001.0;
        const bool doubleExposure = input.header.text("SEB_PROG").value_or("") == "DOUBLE";
        if (p.double_single_polarizer && totalBrightness && !doubleExposure)
            factor *= 2.0;
        const bool euvi = input.info.detector.value_or("") == "EUVI";
        Frame out = calibrated(input, factor, euvi ? "photons/s" : "MSB", euvi ? "photons per DN" : "MSB per DN/s");
        out.header.set(HeaderCard::number("IPSUM", 1.0));
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeSecchiCalibrationFactorStep()
{
    return std::make_unique<CalibrationFactorStep>();
}

} // namespace hb::steps
