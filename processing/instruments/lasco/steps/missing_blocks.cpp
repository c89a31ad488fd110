#include "core/translatable.h"
#include "geometry/solar_wcs.h"
#include "instruments/lasco/steps/lasco_steps.h"
#include "steps/step_support.h"

#include <algorithm>
#include <cmath>

namespace hb::steps {

namespace {

struct LascoMissingBlocksParams {
    std::string field = "instrument";
    double inner_rsun = 2.2;
    double outer_rsun = 6.0;
    long long block_size = 32;
};

// The unvignetted field of each coronagraph, in solar radii from the Sun centre: onboard masks
// cover the occulter and the corners outside it.
std::pair<double, double> instrumentField(const std::string& detector)
{
    return detector == "C3" ? std::pair{3.7, 30.0} : std::pair{2.2, 6.0};
}

class LascoMissingBlocksStep final : public TypedStep<LascoMissingBlocksParams> {
public:
    LascoMissingBlocksStep()
        : TypedStep(
              {"lasco.missing_blocks", 1, HB_TR_NOOP("hb::steps", "Mask missing blocks and onboard masks"),
               HB_TR_NOOP("hb::steps",
                          "LASCO Level 0.5 images hold zeros in whole 32 x 32 blocks of the compression grid. A zero "
                          "block inside the field of view is lost telemetry: its pixels become NaN, masked as "
                          "missing. A zero block outside it (occulter, corners) is an onboard mask: NaN, masked as "
                          "outside the field of view. Run it before the bias is subtracted, while the zeros are "
                          "still zeros."),
               kLascoDetectors},
              ParameterSchema<LascoMissingBlocksParams>()
                  .choice(&LascoMissingBlocksParams::field,
                          {.key = "field", .label = HB_TR_NOOP("hb::steps", "Field of view"),
                           .help = HB_TR_NOOP("hb::steps", "instrument: C2 2.2-6 Rsun, C3 3.7-30 Rsun; custom: the radii below"),
                           .choices = {"instrument", "custom"}})
                  .number(&LascoMissingBlocksParams::inner_rsun,
                          {.key = "inner_rsun", .label = HB_TR_NOOP("hb::steps", "Inner radius"),
                           .help = HB_TR_NOOP("hb::steps", "Edge of the occulter shadow, with a custom field"),
                           .unit = "Rsun", .minimum = 0, .maximum = 100, .sliderFrom = 1.5, .sliderTo = 4, .advanced = true})
                  .number(&LascoMissingBlocksParams::outer_rsun,
                          {.key = "outer_rsun", .label = HB_TR_NOOP("hb::steps", "Outer radius"),
                           .help = HB_TR_NOOP("hb::steps", "Edge of the field stop, with a custom field"),
                           .unit = "Rsun", .minimum = 0, .maximum = 100, .sliderFrom = 4, .sliderTo = 32, .advanced = true})
                  .integer(&LascoMissingBlocksParams::block_size,
                           {.key = "block_size", .label = HB_TR_NOOP("hb::steps", "Block size"),
                            .help = HB_TR_NOOP("hb::steps", "Side of the compression blocks in full-resolution pixels; smaller in binned images"),
                            .unit = "px", .minimum = 4, .maximum = 256, .sliderFrom = 8, .sliderTo = 64, .advanced = true}))
    {
    }

protected:
    // Lost blocks are zeros only in the counts as downlinked.
    UnitRule unitsFor(const LascoMissingBlocksParams&) const override { return {{DataUnit::RawDn}, std::nullopt}; }

    Frame run(const Frame& input, const LascoMissingBlocksParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        if (const auto unit = input.header.text("BUNIT"); unit && *unit != "DN")
            throw FrameRejected(input.info.path, "is already calibrated (BUNIT " + *unit + "): not a Level 0.5 image; "
                                                 "zero blocks can only be told from sky before calibration");
        const auto wcs = geometry::SolarWcs::fromHeader(input.header);
        if (!wcs)
            throw Error(input.info.path, "has no usable WCS (CRPIX, CDELT, CTYPE): cannot tell the field of view "
                                         "for \"" + descriptor().id + "\"");
        const auto [inner, outer] = p.field == "instrument" ? instrumentField(input.info.detector.value_or(""))
                                                            : std::pair{p.inner_rsun, p.outer_rsun};
        if (!(inner < outer))
            throw Error(input.info.path, "step \"" + descriptor().id + "\": inner radius must be below the outer radius");
        Frame out = input;
        const int w = out.image.width(), h = out.image.height();
        const int b = std::max(1, static_cast<int>(std::lround(static_cast<double>(p.block_size) / binning(input))));
        int lost = 0, masked = 0;
        for (int y0 = 0; y0 + b <= h; y0 += b) {
            context.throwIfCancelled();
            for (int x0 = 0; x0 + b <= w; x0 += b) {
                if (!blockIsZero(out.image, x0, y0, b))
                    continue;
                const double rho = wcs->pixelToSky(x0 + 0.5 * (b - 1), y0 + 0.5 * (b - 1)).rhoRsun;
                if (rho >= inner && rho <= outer) {
                    markMissing(out.image, x0, y0, b, b);
                    ++lost;
                } else {
                    markOutside(out.image, x0, y0, b);
                    ++masked;
                }
            }
        }
        out.header.set(HeaderCard::integer("NMISSBLK", lost, "zero blocks in the field of view (lost)"));
        out.header.addHistory("missing_blocks: " + std::to_string(lost) + " lost blocks of " + std::to_string(b) +
                              " px in " + formatNumber(inner) + "-" + formatNumber(outer) + " Rsun, " +
                              std::to_string(masked) + " onboard mask blocks");
        return out;
    }

private:
    // Full-resolution pixels per image pixel, from the readout window (1024 px when absent).
    static double binning(const Frame& frame)
    {
        const double r1 = frame.header.number("R1COL").value_or(20), r2 = frame.header.number("R2COL").value_or(1043);
        return std::max(1.0, (r2 - r1 + 1) / frame.image.width());
    }
    static bool blockIsZero(const Image& image, int x0, int y0, int b)
    {
        for (int y = y0; y < y0 + b; ++y)
            for (int x = x0; x < x0 + b; ++x)
                if (image.at(x, y) != 0.0f)
                    return false;
        return true;
    }
    static void markOutside(Image& image, int x0, int y0, int b)
    {
        for (int y = y0; y < y0 + b; ++y)
            for (int x = x0; x < x0 + b; ++x) {
                image.at(x, y) = std::nanf("");
                image.addMask(x, y, bits(MaskBit::OutsideFov));
            }
    }
};

} // namespace

std::unique_ptr<Step> makeLascoMissingBlocksStep()
{
    return std::make_unique<LascoMissingBlocksStep>();
}

} // namespace hb::steps
