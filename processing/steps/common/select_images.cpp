#include "core/translatable.h"
#include "steps/common/common_steps.h"

#include <cstdlib>

namespace hb::steps {

namespace {

struct SelectImagesParams {
    bool exclude_beacon = true;
    bool exclude_polarized = true;
};

bool isPolarized(const Frame& frame)
{
    // SECCHI POLAR is the polariser angle (0..360) or a product code from 1001 (total
    // brightness); LASCO names the position: +60DEG, 0DEG, -60DEG (Clear: none).
    const auto& p = frame.info.polarization;
    if (!p || p->empty())
        return false;
    char* end = nullptr;
    const double angle = std::strtod(p->c_str(), &end);
    if (end != p->c_str() && *end == '\0')
        return angle < 1000.0;
    return p->ends_with("DEG") || p->ends_with("deg");
}

class SelectImagesStep final : public TypedStep<SelectImagesParams> {
public:
    SelectImagesStep()
        : TypedStep({"common.select_images", 1, HB_TR_NOOP("hb::steps", "Select science images"),
                     HB_TR_NOOP("hb::steps",
                                "Skips space-weather beacon images (low resolution, heavily compressed) and single "
                                "polariser images, which do not belong in total-brightness movies and backgrounds. "
                                "Polarisation triplets are not combined into total brightness here."),
                     {}, StepTrait::Selection},
                    ParameterSchema<SelectImagesParams>()
                        .flag(&SelectImagesParams::exclude_beacon,
                              {.key = "exclude_beacon", .label = HB_TR_NOOP("hb::steps", "Skip beacon images"),
                               .help = HB_TR_NOOP("hb::steps", "Space-weather beacon images: low resolution, heavily compressed")})
                        .flag(&SelectImagesParams::exclude_polarized,
                              {.key = "exclude_polarized", .label = HB_TR_NOOP("hb::steps", "Skip polarised images"),
                               .help = HB_TR_NOOP("hb::steps", "Images through one polariser (members of a polarisation triplet): not total brightness")}))
    {
    }

protected:
    Frame run(const Frame& input, const SelectImagesParams& p, const RunContext&) const override
    {
        if (p.exclude_beacon && input.info.downlink == Downlink::Beacon)
            throw FrameRejected(input.info.path, "is a space-weather beacon image");
        if (p.exclude_polarized && isPolarized(input))
            throw FrameRejected(input.info.path, "is a polarised image (POLAR " + *input.info.polarization + ")");
        return input;
    }
};

} // namespace

std::unique_ptr<Step> makeSelectImagesStep()
{
    return std::make_unique<SelectImagesStep>();
}

} // namespace hb::steps
