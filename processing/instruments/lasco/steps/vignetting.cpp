#include "core/translatable.h"
#include "steps/calibration_image_cache.h"
#include "instruments/lasco/steps/lasco_steps.h"
#include "steps/step_support.h"

#include <cmath>
#include <filesystem>

namespace hb::steps {

namespace {

struct LascoVignettingParams {
    std::string file;
    std::string mask_file;
};

// The SSW calibration files a frame needs (ALGORITHMS-DETAIL B.3), for the message when none is given.
std::string expectedFiles(const Frame& frame)
{
    if (frame.info.detector.value_or("") == "C2")
        return "c2vig_final.fts";
    const double mjd = frame.header.number("MID_DATE").value_or(52000.0);
    return std::string(mjd < 51000 ? "c3vig_preint_final.fts" : "c3vig_postint_final.fts") +
           " (and the mask c3_cl_mask_lvl1.fts)";
}

// A full-frame (1024 x 1024) calibration image cut to the frame's readout window and binned to
// its size; anything else must already match the frame's size.
Image calibrationForFrame(const Frame& cal, const Frame& frame, const std::string& source)
{
    const Image& full = cal.image;
    const int w = frame.image.width(), h = frame.image.height();
    if (full.width() == 1024 && full.height() == 1024 && (w != 1024 || h != 1024)) {
        const int c0 = static_cast<int>(frame.header.number("R1COL").value_or(20)) - 20;
        const int r0 = static_cast<int>(frame.header.number("R1ROW").value_or(1)) - 1;
        const int c1 = static_cast<int>(frame.header.number("R2COL").value_or(1043)) - 20;
        const int r1 = static_cast<int>(frame.header.number("R2ROW").value_or(1024)) - 1;
        if (c0 < 0 || r0 < 0 || c1 >= 1024 || r1 >= 1024 || c1 < c0 || r1 < r0)
            throw Error(frame.info.path, "has a readout window (R1COL/R2COL/R1ROW/R2ROW) outside the 1024 x 1024 "
                                         "calibration image " + source);
        Image window(c1 - c0 + 1, r1 - r0 + 1);
        for (int y = 0; y < window.height(); ++y)
            for (int x = 0; x < window.width(); ++x)
                window.at(x, y) = full.at(x + c0, y + r0);
        return blockMeanTo(window, w, h, source);
    }
    return blockMeanTo(full, w, h, source);
}

class LascoVignettingStep final : public TypedStep<LascoVignettingParams> {
public:
    LascoVignettingStep()
        : TypedStep(
              {"lasco.vignetting", 1, HB_TR_NOOP("hb::steps", "Vignetting and mask"),
               HB_TR_NOOP("hb::steps",
                          "Multiplies by the LASCO vignetting function you point to (SSW c2vig_final.fts, "
                          "c3vig_preint_final.fts before MJD 51000, c3vig_postint_final.fts after) and, for C3, by the "
                          "occulter and pylon mask c3_cl_mask_lvl1.fts. A full-frame calibration image is cut to the "
                          "frame's readout window (R1COL - 20, R1ROW - 1) and binned to its size by block mean. "
                          "Where the mask is 0 the pixel becomes NaN, masked as outside the field of view."),
               kLascoDetectors},
              ParameterSchema<LascoVignettingParams>()
                  .file(&LascoVignettingParams::file,
                        {.key = "file", .label = HB_TR_NOOP("hb::steps", "Vignetting function"),
                         .help = HB_TR_NOOP("hb::steps", "SSW LASCO vignetting FITS file for this detector"),
                         .optional = true})
                  .file(&LascoVignettingParams::mask_file,
                        {.key = "mask_file", .label = HB_TR_NOOP("hb::steps", "Mask"),
                         .help = HB_TR_NOOP("hb::steps", "C3 occulter and pylon mask (c3_cl_mask_lvl1.fts); empty: none"),
                         .optional = true}))
    {
    }

protected:
    UnitRule unitsFor(const LascoVignettingParams&) const override { return {{DataUnit::DnPerSecond, DataUnit::Msb}, std::nullopt}; }

    Frame run(const Frame& input, const LascoVignettingParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        if (p.file.empty())
            throw Error(input.info.path, "needs a vignetting function for step \"" + descriptor().id + "\": the SSW file " +
                                             expectedFiles(input) + " (from $SSW/soho/lasco/idl/data/calib); set the "
                                             "step's \"file\" parameter to it, or disable the step");
        const Image vignetting = calibrationForFrame(*readCalibrationImage(p.file), input, p.file);
        context.throwIfCancelled();
        Frame out = input;
        const int w = out.image.width(), h = out.image.height();
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                out.image.at(x, y) *= vignetting.at(x, y);
        std::string history = "vignetting: multiplied by " + std::filesystem::path(p.file).filename().string();
        if (!p.mask_file.empty()) {
            const Image mask = calibrationForFrame(*readCalibrationImage(p.mask_file), input, p.mask_file);
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    if (!(mask.at(x, y) > 0.5f)) {
                        out.image.at(x, y) = std::nanf("");
                        out.image.addMask(x, y, bits(MaskBit::OutsideFov));
                    }
            history += ", masked by " + std::filesystem::path(p.mask_file).filename().string();
        }
        out.header.addHistory(history);
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeLascoVignettingStep()
{
    return std::make_unique<LascoVignettingStep>();
}

} // namespace hb::steps
