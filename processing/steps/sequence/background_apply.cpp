#include "core/translatable.h"
#include "io/file_reader.h"
#include "io/identify/identify.h"
#include "steps/calibration_image_cache.h"
#include "steps/sequence/background_model.h"
#include "steps/sequence/sequence_steps.h"
#include "steps/sequence/sequence_support.h"
#include "steps/step_support.h"

#include <filesystem>
#include <limits>
#include <optional>

namespace hb::steps {

namespace {

struct BackgroundParams {
    std::string file;
    std::string mode = "ratio";
};

// The background in `folder` for this frame: same detector and size, the one whose time span
// covers the frame, else the one whose middle is nearest in time.
std::string chooseBackground(const std::string& folder, const Frame& frame)
{
    std::string best;
    std::int64_t bestDistance = std::numeric_limits<std::int64_t>::max();
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(folder, ec)) {
        const std::string extension = item.path().extension().string();
        if (!item.is_regular_file() || (extension != ".fits" && extension != ".fts" && extension != ".fit"))
            continue;
        try {
            const io::FileHeader file = io::readFileHeader(item.path().string());
            const Header& header = file.header;
            if (!isBackgroundProduct(header) || !file.image || file.image->width() != frame.image.width() ||
                file.image->height() != frame.image.height() ||
                io::identify(file, item.path().string()).detector != frame.info.detector)
                continue;
            std::int64_t distance = std::numeric_limits<std::int64_t>::max() - 1;
            const auto begin = UtcTime::parseIso(header.text("DATE-BEG").value_or(""));
            const auto end = UtcTime::parseIso(header.text("DATE-END").value_or(""));
            if (frame.info.time && begin && end) {
                const std::int64_t t = frame.info.time->nanoseconds;
                distance = (t >= begin->nanoseconds && t <= end->nanoseconds)
                               ? 0
                               : std::abs(t - (begin->nanoseconds + (end->nanoseconds - begin->nanoseconds) / 2));
            }
            if (distance < bestDistance || (distance == bestDistance && item.path().string() < best)) {
                bestDistance = distance;
                best = item.path().string();
            }
        } catch (const Error&) {
            // Not a readable FITS file: not a candidate.
        }
    }
    if (ec)
        throw Error(folder, "cannot be listed: " + ec.message());
    if (best.empty())
        throw Error(frame.info.path, "has no background in " + folder + " for its detector and size (" +
                                         std::to_string(frame.image.width()) + " x " + std::to_string(frame.image.height()) + ")");
    return best;
}

class BackgroundStep final : public TypedStep<BackgroundParams> {
public:
    BackgroundStep()
        : TypedStep(
              {"sequence.background", 1, HB_TR_NOOP("hb::steps", "Remove the background"),
               HB_TR_NOOP("hb::steps",
                          "Subtracts a background model (I - B) or divides by it (I / B, the usual choice for coronagraph "
                          "movies: it also flattens the steep radial gradient). The background is a FITS file made by "
                          "\"Compute background\" or heliobench-cli background from frames taken through the same steps; "
                          "given a folder, the step takes the background of the frame's detector and size whose time "
                          "span covers the frame, or the nearest. Where B is not positive a ratio is undefined (NaN)."),
               {}},
              ParameterSchema<BackgroundParams>()
                  .file(&BackgroundParams::file,
                        {.key = "file", .label = HB_TR_NOOP("hb::steps", "Background"),
                         .help = HB_TR_NOOP("hb::steps", "A background FITS file, or a folder of them"),
                         .optional = true})
                  .choice(&BackgroundParams::mode,
                          {.key = "mode", .label = HB_TR_NOOP("hb::steps", "Operation"),
                           .help = HB_TR_NOOP("hb::steps", "ratio: I / B; subtract: I - B"),
                           .choices = {"ratio", "subtract"}}))
    {
    }

protected:
    // Differences of counts with the bias still in would carry a constant offset.
    UnitRule unitsFor(const BackgroundParams& p) const override
    {
        return {{DataUnit::Dn, DataUnit::DnPerSecond, DataUnit::Msb}, p.mode == "ratio" ? DataUnit::Ratio : DataUnit::Difference};
    }

    Frame run(const Frame& input, const BackgroundParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        if (p.file.empty())
            throw Error(input.info.path, "needs a background for step \"" + descriptor().id +
                                             "\": compute one from the sequence (Compute background, or heliobench-cli "
                                             "background) and set the step's \"file\" parameter to it");
        const std::string path = std::filesystem::is_directory(p.file) ? chooseBackground(p.file, input) : p.file;
        const std::shared_ptr<const Frame> background = readCalibrationImage(path);
        if (!isBackgroundProduct(background->header))
            throw Error(path, "is not a background made by HelioBench (no BKGSTAT / NIMAGES): step \"" + descriptor().id +
                                  "\" refuses to divide by an arbitrary image");
        requireAlike(input, *background, descriptor().id);
        const Combination how = p.mode == "ratio" ? Combination::Ratio : Combination::Difference;
        Frame out = input;
        out.image = combine(input.image, background->image, how);
        if (how == Combination::Ratio)
            markDimensionless(out.header, "the ratio to the background");
        out.header.addHistory(std::string("background: ") + (how == Combination::Ratio ? "divided by " : "minus ") +
                              std::filesystem::path(path).filename().string() + " (" +
                              background->header.text("BKGSTAT").value_or("") + " of " +
                              std::to_string(background->header.integer("NIMAGES").value_or(0)) + " frames)");
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeBackgroundStep()
{
    return std::make_unique<BackgroundStep>();
}

} // namespace hb::steps
