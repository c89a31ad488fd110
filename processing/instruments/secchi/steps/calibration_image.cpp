#include "core/translatable.h"
#include "steps/calibration_image_cache.h"
#include "instruments/secchi/steps/secchi_steps.h"
#include "steps/step_support.h"

#include <cmath>
#include <filesystem>

namespace hb::steps {

namespace {

struct CalibrationImageParams {
    std::string file;
    std::string operation = "auto";
};

// The SSW file a detector needs (ALGORITHMS-DETAIL A.7), for the message when none is given.
std::string expectedFile(const Frame& frame)
{
    const std::string d = frame.info.detector.value_or(""), sc = stereoSpacecraftLetter(frame);
    if (d == "COR2")
        return sc == "B" ? "20140723_vignet_vCc2B.fts" : "20060929_vignet_vCc2A.fts";
    if (d == "COR1")
        return "20090723_flatfd_fCc1" + sc + ".fts";
    if (d == "EUVI")
        return "20060823_wav<WAVELNTH>_fCeu" + sc + ".fts";
    if (d == "HI1")
        return "20061129_flatfld_raw_h1" + sc + ".fts or 20100421_flatfld_sum_h1" + sc + ".fts";
    return "20150701_flatfld_raw_h2" + sc + ".fts or 20150701_flatfld_sum_h2" + sc + ".fts";
}

bool upsideDownPeriod(const Frame& frame)
{
    // STEREO-A flew rolled by 180 degrees after solar conjunction.
    if (stereoSpacecraftLetter(frame) != "A" || !frame.info.time)
        return false;
    return *frame.info.time >= *UtcTime::parseIso("2015-05-19") && *frame.info.time < *UtcTime::parseIso("2023-08-12");
}

class CalibrationImageStep final : public TypedStep<CalibrationImageParams> {
public:
    CalibrationImageStep()
        : TypedStep(
              {"secchi.calibration_image", 1, HB_TR_NOOP("hb::steps", "Vignetting / flat field"),
               HB_TR_NOOP("hb::steps",
                          "Corrects with the SSW calibration image you point to: COR vignetting functions divide, "
                          "EUVI and HI flat fields multiply. A full-CCD calibration image is trimmed to the imaging "
                          "area, binned to the image size by block mean and turned by 180 degrees for STEREO-A "
                          "between 2015-05-19 and 2023-08-12. Where the calibration image is 0 the pixel becomes "
                          "NaN and is masked as a bad pixel."),
               kSecchiDetectors},
              ParameterSchema<CalibrationImageParams>()
                  .file(&CalibrationImageParams::file,
                        {.key = "file", .label = HB_TR_NOOP("hb::steps", "Calibration image"),
                         .help = HB_TR_NOOP("hb::steps", "SSW vignetting or flat-field FITS file for this detector and spacecraft"),
                         .optional = true})
                  .choice(&CalibrationImageParams::operation,
                          {.key = "operation", .label = HB_TR_NOOP("hb::steps", "Apply by"),
                           .help = HB_TR_NOOP("hb::steps", "auto: divide for COR1/COR2, multiply for EUVI/HI"),
                           .choices = {"auto", "divide", "multiply"}, .advanced = true}))
    {
    }

protected:
    UnitRule unitsFor(const CalibrationImageParams&) const override { return {{DataUnit::Dn, DataUnit::DnPerSecond, DataUnit::Msb}, std::nullopt}; }

    Frame run(const Frame& input, const CalibrationImageParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        if (p.file.empty())
            throw Error(input.info.path, "needs a calibration image for step \"" + descriptor().id + "\": the SSW file " +
                                             expectedFile(input) + " (from $SSW/stereo/secchi/calibration); set the "
                                             "step's \"file\" parameter to it, or disable the step");
        const auto cal = readCalibrationImage(p.file);
        Image calImage = cal->image;
        const auto p1col = cal->header.number("P1COL");
        if (p1col && *p1col <= 1 && calImage.width() > 2048) {
            // A full-CCD image: keep the 2048 x 2048 imaging area (columns 50..2097).
            Image trimmed(2048, 2048);
            for (int y = 0; y < 2048 && y < calImage.height(); ++y)
                for (int x = 0; x < 2048; ++x)
                    trimmed.at(x, y) = calImage.at(x + 50, y);
            calImage = std::move(trimmed);
        }
        calImage = blockMeanTo(calImage, input.image.width(), input.image.height(), p.file);
        const bool rotate = upsideDownPeriod(input);
        const std::string detector = input.info.detector.value_or("");
        const bool divide = p.operation == "divide" || (p.operation == "auto" && (detector == "COR1" || detector == "COR2"));
        Frame out = input;
        const int w = out.image.width(), h = out.image.height();
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const float c = rotate ? calImage.at(w - 1 - x, h - 1 - y) : calImage.at(x, y);
                if (c == 0.0f || !std::isfinite(c)) {
                    out.image.at(x, y) = std::nanf("");
                    out.image.addMask(x, y, bits(MaskBit::BadPixel));
                    continue;
                }
                out.image.at(x, y) = divide ? out.image.at(x, y) / c : out.image.at(x, y) * c;
            }
        out.header.addHistory(std::string("calibration_image: ") + (divide ? "divided by " : "multiplied by ") +
                              std::filesystem::path(p.file).filename().string() + (rotate ? " (rotated 180)" : ""));
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeSecchiCalibrationImageStep()
{
    return std::make_unique<CalibrationImageStep>();
}

} // namespace hb::steps
