#include "core/translatable.h"
#include "geometry/solar_wcs.h"
#include "steps/sequence/sequence_steps.h"
#include "steps/sequence/sequence_support.h"
#include "steps/step_support.h"

#include <cmath>
#include <limits>

namespace hb::steps {

namespace {

struct NrgfParams {
    double inner_radius = 1.0;
    double outer_radius = 0;
    long long bins = 100;
};

class NrgfStep final : public TypedStep<NrgfParams> {
public:
    NrgfStep()
        : TypedStep(
              {"sequence.nrgf", 1, HB_TR_NOOP("hb::steps", "Radial normalisation (NRGF)"),
               HB_TR_NOOP("hb::steps",
                          "Normalising radial graded filter (Morgan, Habbal & Woo 2006): in each ring about the Sun "
                          "centre, each pixel minus the ring's mean, divided by the ring's standard deviation. The steep "
                          "fall of brightness with height goes, and structure at every height shows with the same "
                          "contrast. The Sun centre and radius come from the WCS (CRPIX, CDELT, RSUN); masked pixels "
                          "are left out of the ring statistics. Outside the chosen radii the output is undefined."),
               {}},
              ParameterSchema<NrgfParams>()
                  .number(&NrgfParams::inner_radius,
                          {.key = "inner_radius", .label = HB_TR_NOOP("hb::steps", "From radius"),
                           .help = HB_TR_NOOP("hb::steps", "Pixels nearer the Sun centre are left undefined"),
                           .unit = "R_sun", .minimum = 0, .maximum = 300, .sliderFrom = 1, .sliderTo = 5})
                  .number(&NrgfParams::outer_radius,
                          {.key = "outer_radius", .label = HB_TR_NOOP("hb::steps", "To radius"),
                           .help = HB_TR_NOOP("hb::steps", "Pixels further out are left undefined; 0: the farthest corner"),
                           .unit = "R_sun", .minimum = 0, .maximum = 300, .sliderFrom = 0, .sliderTo = 32})
                  .integer(&NrgfParams::bins,
                           {.key = "bins", .label = HB_TR_NOOP("hb::steps", "Rings"),
                            .help = HB_TR_NOOP("hb::steps", "Equal-width rings between the two radii"),
                            .minimum = 2, .maximum = 4096, .sliderFrom = 20, .sliderTo = 400}))
    {
    }

protected:
    UnitRule unitsFor(const NrgfParams&) const override { return {{DataUnit::Dn, DataUnit::DnPerSecond, DataUnit::Msb}, DataUnit::Normalised}; }

    Frame run(const Frame& input, const NrgfParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        const auto wcs = geometry::SolarWcs::fromHeader(input.header);
        if (!wcs)
            throw Error(input.info.path, "has no usable WCS (CRPIX, CDELT, CTYPE): step \"" + descriptor().id +
                                             "\" needs the Sun centre and radius");
        double cx = 0, cy = 0;
        wcs->skyToPixel(0, 0, cx, cy);
        const double rsun = wcs->rsunPixels();
        const int w = input.image.width(), h = input.image.height();
        double outer = p.outer_radius;
        if (outer <= 0)
            for (const auto& [x, y] : {std::pair{0, 0}, {w - 1, 0}, {0, h - 1}, {w - 1, h - 1}})
                outer = std::max(outer, std::hypot(x - cx, y - cy) / rsun);
        if (outer <= p.inner_radius)
            throw Error(input.info.path, "gives step \"" + descriptor().id + "\" an outer radius of " + formatNumber(outer) +
                                             " R_sun, not beyond the inner radius of " + formatNumber(p.inner_radius));
        const auto bins = static_cast<std::size_t>(p.bins);
        const double width = (outer - p.inner_radius) / static_cast<double>(bins);

        // Ring of every pixel (-1: outside), then the sums of each ring over the usable pixels.
        std::vector<int> ring(input.image.pixelCount(), -1);
        std::vector<double> sum(bins, 0), sumSquares(bins, 0);
        std::vector<std::size_t> used(bins, 0);
        const auto pixels = input.image.pixels();
        const auto mask = input.image.mask();
        for (int y = 0; y < h; ++y) {
            context.throwIfCancelled();
            for (int x = 0; x < w; ++x) {
                const double r = std::hypot(x - cx, y - cy) / rsun;
                if (r < p.inner_radius || r >= outer)
                    continue;
                const std::size_t i = static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x);
                const int k = std::min(static_cast<int>((r - p.inner_radius) / width), static_cast<int>(bins) - 1);
                ring[i] = k;
                const float v = pixels[i];
                if (std::isnan(v) || (mask[i] & (kUnusableSample | static_cast<MaskBits>(MaskBit::OutsideFov))))
                    continue;
                sum[static_cast<std::size_t>(k)] += v;
                sumSquares[static_cast<std::size_t>(k)] += static_cast<double>(v) * v;
                ++used[static_cast<std::size_t>(k)];
            }
        }
        std::vector<double> mean(bins, std::numeric_limits<double>::quiet_NaN()), spread(bins, 1.0);
        for (std::size_t k = 0; k < bins; ++k) {
            if (used[k] == 0)
                continue;
            const double n = static_cast<double>(used[k]);
            mean[k] = sum[k] / n;
            const double variance = std::max(0.0, sumSquares[k] / n - mean[k] * mean[k]);
            // A flat ring (all one value) is only shifted, never divided by zero.
            spread[k] = variance > 0 ? std::sqrt(variance) : 1.0;
        }
        Frame out = input;
        auto outPixels = out.image.pixels();
        auto outMask = out.image.mask();
        constexpr float nan = std::numeric_limits<float>::quiet_NaN();
        for (std::size_t i = 0; i < outPixels.size(); ++i) {
            if (ring[i] < 0) {
                outPixels[i] = nan;
                outMask[i] |= static_cast<MaskBits>(MaskBit::OutsideFov);
                continue;
            }
            const auto k = static_cast<std::size_t>(ring[i]);
            outPixels[i] = static_cast<float>((outPixels[i] - mean[k]) / spread[k]);
        }
        markDimensionless(out.header, "standard deviations from the mean of their ring about the Sun");
        out.header.addHistory("NRGF: " + std::to_string(bins) + " rings from " + formatNumber(p.inner_radius) + " to " +
                              formatNumber(outer) + " R_sun about pixel (" + formatNumber(cx + 1) + ", " +
                              formatNumber(cy + 1) + ")");
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeNrgfStep()
{
    return std::make_unique<NrgfStep>();
}

} // namespace hb::steps
