#include "core/translatable.h"
#include "steps/detect/detect_steps.h"
#include "steps/detect/detect_support.h"
#include "steps/step_support.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace hb::steps {

namespace {

struct MissingBlocksParams {
    long long block_size = 0;
    double empty_fraction = 0.98;
    std::string masks = "learned";
    double mask_recurrence = 0.5;
    double inner_radius = 0.12;
    double outer_radius = 0.98;
    long long min_blocks = 1;
};

class DetectMissingBlocksStep final : public TypedStep<MissingBlocksParams> {
public:
    DetectMissingBlocksStep()
        : TypedStep(
              {"detect.missing_blocks", 1, HB_TR_NOOP("hb::steps", "Detect missing blocks and holes"),
               HB_TR_NOOP("hb::steps",
                          "Finds blocks of zero or NaN pixels that are not the instrument's onboard masks (occulter, "
                          "corners). Masks are learned from the temporal neighbours (a block empty in most of them "
                          "is a mask) or declared as the parts of the image inside the inner radius or outside the "
                          "outer radius. Score: the number of missing blocks."),
               {}, StepTrait::Detector, "missing-blocks"},
              ParameterSchema<MissingBlocksParams>()
                  .integer(&MissingBlocksParams::block_size,
                           {.key = "block_size", .label = HB_TR_NOOP("hb::steps", "Block size"),
                            .help = HB_TR_NOOP("hb::steps", "Side of the telemetry blocks; 0: 32 px per 1024 px of image"),
                            .unit = "px", .minimum = 0, .maximum = 512, .sliderFrom = 0, .sliderTo = 128})
                  .number(&MissingBlocksParams::empty_fraction,
                          {.key = "empty_fraction", .label = HB_TR_NOOP("hb::steps", "Empty fraction"),
                           .help = HB_TR_NOOP("hb::steps", "Share of a block's pixels that must be zero or NaN"),
                           .minimum = 0.1, .maximum = 1, .advanced = true})
                  .choice(&MissingBlocksParams::masks,
                          {.key = "masks", .label = HB_TR_NOOP("hb::steps", "Onboard masks"),
                           .help = HB_TR_NOOP("hb::steps", "learned: from the temporal neighbours (declared where there are none); declared: the radii below"),
                           .choices = {"learned", "declared"}})
                  .number(&MissingBlocksParams::mask_recurrence,
                          {.key = "mask_recurrence", .label = HB_TR_NOOP("hb::steps", "Mask recurrence"),
                           .help = HB_TR_NOOP("hb::steps", "A block empty in at least this share of the neighbours is a mask"),
                           .minimum = 0.1, .maximum = 1, .advanced = true})
                  .number(&MissingBlocksParams::inner_radius,
                          {.key = "inner_radius", .label = HB_TR_NOOP("hb::steps", "Inner radius"),
                           .help = HB_TR_NOOP("hb::steps", "Declared occulter mask, as a fraction of half the image width"),
                           .minimum = 0, .maximum = 1.5, .advanced = true})
                  .number(&MissingBlocksParams::outer_radius,
                          {.key = "outer_radius", .label = HB_TR_NOOP("hb::steps", "Outer radius"),
                           .help = HB_TR_NOOP("hb::steps", "Declared corner masks begin here, as a fraction of half the image width"),
                           .minimum = 0, .maximum = 1.5, .advanced = true})
                  .integer(&MissingBlocksParams::min_blocks,
                           {.key = "min_blocks", .label = HB_TR_NOOP("hb::steps", "Flag from"),
                            .help = HB_TR_NOOP("hb::steps", "Missing blocks that make the frame flagged"),
                            .unit = HB_TR_NOOP("hb::steps", "blocks"), .minimum = 1, .maximum = 100000, .sliderFrom = 1, .sliderTo = 50}))
    {
    }

protected:
    Frame run(const Frame& input, const MissingBlocksParams& p, const RunContext& context) const override
    {
        requirePixels(input, descriptor().id);
        const Image& image = input.image;
        const int block = p.block_size > 0 ? static_cast<int>(p.block_size) : detect::autoBlockSize(image);
        const auto empty = detect::emptyBlocks(image, block, p.empty_fraction);
        context.throwIfCancelled();

        std::vector<const Frame*> neighbours;
        if (p.masks == "learned" && context.neighbours)
            neighbours = context.neighbours(input);
        std::map<std::pair<int, int>, int> recurrence;
        int sameSize = 0;
        for (const Frame* n : neighbours) {
            if (n->image.width() != image.width() || n->image.height() != image.height())
                continue;
            ++sameSize;
            for (const auto& r : detect::emptyBlocks(n->image, block, p.empty_fraction))
                ++recurrence[{r.x, r.y}];
        }
        const bool learned = sameSize >= 2;
        const double cx = image.width() / 2.0, cy = image.height() / 2.0, half = image.width() / 2.0;
        auto isMask = [&](const Detection::Region& r) {
            if (learned) {
                const auto it = recurrence.find({r.x, r.y});
                return it != recurrence.end() && it->second >= p.mask_recurrence * sameSize;
            }
            const double d = std::hypot(r.x + r.width / 2.0 - cx, r.y + r.height / 2.0 - cy) / half;
            return d < p.inner_radius || d > p.outer_radius;
        };

        Detection d = detect::newDetection(descriptor(), "missing_blocks");
        for (const auto& r : empty)
            if (!isMask(r))
                d.regions.push_back(r);
        d.score = static_cast<double>(d.regions.size());
        d.flagged = static_cast<long long>(d.regions.size()) >= p.min_blocks;
        d.summary = std::to_string(d.regions.size()) + " missing block(s) of " + std::to_string(block) + " px, " +
                    std::to_string(empty.size() - d.regions.size()) + " onboard mask block(s) " +
                    (learned ? "learned from " + std::to_string(sameSize) + " neighbours" : std::string("declared by radius"));
        return detect::withDetection(input, std::move(d));
    }
};

} // namespace

std::unique_ptr<Step> makeDetectMissingBlocksStep()
{
    return std::make_unique<DetectMissingBlocksStep>();
}

} // namespace hb::steps
