#include "core/translatable.h"
#include "instruments/secchi/miss_list.h"
#include "instruments/secchi/steps/secchi_steps.h"
#include "steps/step_support.h"

#include <cmath>

namespace hb::steps {

namespace {

struct MissingBlocksParams {
    std::string method = "header_and_zeros";
    long long block_size = 64;
};

bool blockIsZero(const Image& image, int x0, int y0, int size)
{
    for (int y = y0; y < std::min(image.height(), y0 + size); ++y)
        for (int x = x0; x < std::min(image.width(), x0 + size); ++x)
            if (image.at(x, y) != 0.0f)
                return false;
    return true;
}

class MissingBlocksStep final : public TypedStep<MissingBlocksParams> {
public:
    MissingBlocksStep()
        : TypedStep(
              {"secchi.missing_blocks", 1, HB_TR_NOOP("hb::steps", "Mask missing telemetry blocks"),
               HB_TR_NOOP("hb::steps",
                          "Marks the compression blocks lost in telemetry as MISSING and sets them to NaN, so that "
                          "no later step takes them for dark sky. From the header (NMISSING and MISSLIST, 64 x 64 "
                          "pixel Rice blocks), from blocks that are exactly zero in raw DN (put this step before "
                          "the bias), or both. With ICER compression above 98 and NMISSING > 0 the whole image is "
                          "missing."),
               kSecchiDetectors},
              ParameterSchema<MissingBlocksParams>()
                  .choice(&MissingBlocksParams::method,
                          {.key = "method", .label = HB_TR_NOOP("hb::steps", "Find blocks from"),
                           .help = HB_TR_NOOP("hb::steps", "header: MISSLIST; zeros: all-zero blocks; header_and_zeros: both"),
                           .choices = {"header", "zeros", "header_and_zeros"}})
                  .integer(&MissingBlocksParams::block_size,
                           {.key = "block_size", .label = HB_TR_NOOP("hb::steps", "Block size"),
                            .help = HB_TR_NOOP("hb::steps", "Side of a compression block in image pixels"),
                            .unit = "px", .minimum = 8, .maximum = 256, .sliderFrom = 16, .sliderTo = 128, .advanced = true}))
    {
    }

protected:
    // Lost blocks are zeros only in the counts as downlinked.
    UnitRule unitsFor(const MissingBlocksParams&) const override { return {{DataUnit::RawDn}, std::nullopt}; }

    Frame run(const Frame& input, const MissingBlocksParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        Frame out = input;
        Image& image = out.image;
        const int b = static_cast<int>(p.block_size);
        const int perRow = image.width() / b, perColumn = image.height() / b;
        int marked = 0;
        if (p.method != "zeros") {
            const int declared = static_cast<int>(std::lround(out.header.number("NMISSING").value_or(0.0)));
            const int compression = static_cast<int>(out.header.number("COMPRSSN").value_or(0.0));
            if (declared > 0 && compression > 98) {
                markMissing(image, 0, 0, image.width(), image.height());
                out.header.addHistory("missing_blocks: the whole image is missing (NMISSING > 0, COMPRSSN > 98)");
                return out;
            }
            std::vector<int> blocks;
            try {
                blocks = instruments::decodeMissList(out.header.text("MISSLIST").value_or(""));
            } catch (const Error& e) {
                // Only the header was asked for: without it nothing can be said. Otherwise the
                // zero blocks still are found.
                if (p.method == "header")
                    throw Error(out.info.path, e.problem());
                out.header.addHistory("missing_blocks: " + e.problem() + "; zero blocks only");
            }
            if (static_cast<int>(blocks.size()) != declared)
                out.header.addHistory("missing_blocks: MISSLIST lists " + std::to_string(blocks.size()) +
                                      " blocks, NMISSING says " + std::to_string(declared));
            if (compression < 89)
                for (int block : blocks)
                    if (perRow > 0 && block / perRow < perColumn) {
                        markMissing(image, (block % perRow) * b, (block / perRow) * b, b, b);
                        ++marked;
                    }
        }
        if (p.method != "header")
            for (int by = 0; by < perColumn; ++by)
                for (int bx = 0; bx < perRow; ++bx)
                    if (blockIsZero(image, bx * b, by * b, b)) {
                        markMissing(image, bx * b, by * b, b, b);
                        ++marked;
                    }
        out.header.addHistory("missing_blocks: " + std::to_string(marked) + " block(s) of " + std::to_string(b) +
                              " px masked");
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeSecchiMissingBlocksStep()
{
    return std::make_unique<MissingBlocksStep>();
}

} // namespace hb::steps
