#include "core/translatable.h"
#include "instruments/lasco/steps/lasco_steps.h"
#include "steps/step_support.h"

#include <algorithm>
#include <cctype>

namespace hb::steps {

namespace {

std::string upper(std::string s)
{
    s.erase(s.find_last_not_of(' ') + 1);
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

} // namespace

std::optional<double> lascoCalibrationFactor(const std::string& detector, const std::string& filterName,
                                             const std::string& polarizerName, double mjd)
{
    constexpr double kPolariserTransmission = 0.25256;
    const std::string filter = upper(filterName), polar = upper(polarizerName);
    const int position = polar == "+60DEG" ? 0 : polar == "0DEG" ? 1 : polar == "-60DEG" ? 2 : -1;
    if (detector == "C2") {
        double cal = 0;
        if (filter == "ORANGE")
            cal = 4.60403e-07 * mjd + 0.0374116;
        else if (filter == "BLUE" || filter == "DEEPRD")
            cal = 0.1033;
        else if (filter == "HALPHA" || filter == "LENS")
            cal = 0.1055;
        else
            return std::nullopt;
        return position >= 0 ? cal / kPolariserTransmission : cal;
    }
    if (detector == "C3") {
        struct Row { const char* filter; double clear; double positions[3]; };
        static const Row kRows[] = {{"ORANGE", 0.0297, {1, 0.9648, 1.0798}},  {"BLUE", 0.0975, {1, 0.9734, 1.0613}},
                                    {"CLEAR", 0, {1, 0.9832, 1.0235}},       {"DEEPRD", 0.0259, {1, 0.9983, 1.0300}},
                                    {"IR", 0.0887, {1, 0.9833, 1.0288}}};
        for (const Row& row : kRows) {
            if (filter != row.filter)
                continue;
            const double cal = filter == "CLEAR" ? 7.43e-8 * (mjd - 50000.0) + 5.96e-3 : row.clear;
            if (filter == "CLEAR" && polar == "H_ALPHA")
                return cal * 1.541;
            return position >= 0 ? cal / kPolariserTransmission * row.positions[position] : cal;
        }
    }
    return std::nullopt;
}

namespace {

struct LascoCalibrationParams {
    double factor = 0.0;
};

class LascoCalibrationFactorStep final : public TypedStep<LascoCalibrationParams> {
public:
    LascoCalibrationFactorStep()
        : TypedStep(
              {"lasco.calibration_factor", 1, HB_TR_NOOP("hb::steps", "Calibrate to solar brightness"),
               HB_TR_NOOP("hb::steps",
                          "Multiplies DN/s by the C2 or C3 calibration factor for the frame's filter, polariser "
                          "and date (SSW c2_calfactor, c3_calfactor), divided by the onboard and camera summing "
                          "(SUMCOL, SUMROW, LEBXSUM, LEBYSUM), giving mean solar brightness (MSB). Writes CALFAC."),
               kLascoDetectors},
              ParameterSchema<LascoCalibrationParams>().number(
                  &LascoCalibrationParams::factor,
                  {.key = "factor", .label = HB_TR_NOOP("hb::steps", "Factor (0: instrument default)"),
                   .help = HB_TR_NOOP("hb::steps", "Calibration factor in MSB per DN/s to use instead of the table"),
                   .unit = "MSB per DN/s", .minimum = 0, .maximum = 1}))
    {
    }

protected:
    UnitRule unitsFor(const LascoCalibrationParams&) const override { return {{DataUnit::DnPerSecond}, DataUnit::Msb}; }

    Frame run(const Frame& input, const LascoCalibrationParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        requireUnit(input, "DN/s", "subtract the bias and normalise the exposure first");
        double factor = p.factor;
        if (factor <= 0) {
            if (!input.info.time)
                throw Error(input.info.path, "has no observation time for the calibration factor");
            const double mjd = static_cast<double>(input.info.time->nanoseconds) / 86400e9 + 40587.0;
            const std::string filter = input.header.text("FILTER").value_or("");
            const std::string polar = input.header.text("POLAR").value_or("");
            const auto table = lascoCalibrationFactor(input.info.detector.value_or(""), filter, polar, mjd);
            if (!table)
                throw Error(input.info.path, "has filter '" + filter + "' and polariser '" + polar +
                                                 "', for which no calibration factor is known; give the factor by hand");
            factor = *table * 1e-10;
        }
        for (const char* key : {"SUMCOL", "SUMROW"})
            if (const double s = input.header.number(key).value_or(0.0); s > 0)
                factor /= s;
        for (const char* key : {"LEBXSUM", "LEBYSUM"})
            if (const double s = input.header.number(key).value_or(1.0); s > 1)
                factor /= s;
        return calibrated(input, factor, "MSB", "MSB per DN/s");
    }
};

} // namespace

std::unique_ptr<Step> makeLascoCalibrationFactorStep()
{
    return std::make_unique<LascoCalibrationFactorStep>();
}

} // namespace hb::steps
