#include "steps/sequence/background_model.h"

#include "steps/sequence/scratch_file.h"
#include "steps/sequence/sequence_support.h"
#include "steps/step.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>

namespace hb::steps {

namespace {

constexpr MaskBits kNoSample = kUnusableSample | static_cast<MaskBits>(MaskBit::OutsideFov);

// The frame's pixels with every masked pixel as NaN: the stack then needs no mask planes.
void foldMask(const Image& image, std::size_t first, std::size_t count, float* out)
{
    const auto pixels = image.pixels();
    const auto mask = image.mask();
    for (std::size_t p = 0; p < count; ++p)
        out[p] = (mask[first + p] & kNoSample) ? std::numeric_limits<float>::quiet_NaN() : pixels[first + p];
}

void checkCancel(const std::atomic<bool>* cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Cancelled();
}

} // namespace

bool isBackgroundProduct(const Header& header)
{
    return header.contains("BKGSTAT") && header.contains("NIMAGES");
}

Frame computeBackground(std::size_t count, const std::function<std::shared_ptr<const Frame>(std::size_t)>& frameAt,
                        const BackgroundOptions& options, BackgroundReport& report, const std::atomic<bool>* cancel,
                        const std::function<void(std::size_t, std::size_t)>& progress)
{
    report = {};
    std::shared_ptr<const Frame> first;
    std::size_t next = 0;
    // The first readable frame sets the size, header and WCS.
    for (; next < count && !first; ++next) {
        checkCancel(cancel);
        try {
            first = frameAt(next);
            if (first && first->image.isEmpty())
                throw Error(first->info.path, "holds no image");
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& e) {
            report.leftOut.emplace_back(e.file(), e.what());
            first.reset();
        }
        if (progress)
            progress(next + 1, count);
    }
    if (!first)
        throw Error({}, "no frame could be used for a background (" + std::to_string(report.leftOut.size()) + " left out)");
    const int w = first->image.width(), h = first->image.height();
    const std::size_t pixels = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
    const std::size_t rowBytes = static_cast<std::size_t>(w) * sizeof(float);
    const std::size_t slots = count - (next - 1);  // frames from `first` on, at most
    const std::size_t rowsPerBand = std::clamp<std::size_t>(options.memoryBudgetBytes / std::max<std::size_t>(1, slots * rowBytes), 1,
                                                            static_cast<std::size_t>(h));
    const std::size_t bands = (static_cast<std::size_t>(h) + rowsPerBand - 1) / rowsPerBand;
    report.bands = bands;

    std::vector<float> stack;  // in memory: frame after frame; streamed: one band of every frame
    std::optional<ScratchFile> scratch;
    if (bands == 1)
        stack.resize(slots * pixels);
    else
        scratch.emplace(options.scratchDirectory.empty() ? std::filesystem::temp_directory_path().string()
                                                         : options.scratchDirectory);
    const auto bandRows = [&](std::size_t b) { return std::min(rowsPerBand, static_cast<std::size_t>(h) - b * rowsPerBand); };
    // In the scratch file band b holds its rows of every frame, frame after frame, so that a band
    // is read back in one piece.
    const auto bandOffset = [&](std::size_t b, std::size_t slot) {
        return (b * rowsPerBand * slots + slot * bandRows(b)) * rowBytes;
    };

    std::vector<std::uint8_t> outsideEverywhere(pixels, 1);
    std::vector<std::string> used;
    UtcTime earliest{std::numeric_limits<std::int64_t>::max()}, latest{std::numeric_limits<std::int64_t>::min()};
    std::vector<float> folded(bands > 1 ? pixels : 0);
    const auto take = [&](const Frame& frame) {
        const std::size_t slot = used.size();
        if (bands == 1) {
            foldMask(frame.image, 0, pixels, stack.data() + slot * pixels);
        } else {
            foldMask(frame.image, 0, pixels, folded.data());
            for (std::size_t b = 0; b < bands; ++b)
                scratch->write(bandOffset(b, slot), folded.data() + b * rowsPerBand * static_cast<std::size_t>(w),
                               bandRows(b) * rowBytes);
        }
        const auto mask = frame.image.mask();
        for (std::size_t p = 0; p < pixels; ++p)
            outsideEverywhere[p] &= (mask[p] & static_cast<MaskBits>(MaskBit::OutsideFov)) ? 1 : 0;
        if (frame.info.time) {
            earliest = std::min(earliest, *frame.info.time);
            latest = std::max(latest, *frame.info.time);
        }
        used.push_back(frame.info.path);
    };
    take(*first);
    for (; next < count; ++next) {
        checkCancel(cancel);
        try {
            const std::shared_ptr<const Frame> frame = frameAt(next);
            if (frame->image.width() != w || frame->image.height() != h)
                throw Error(frame->info.path, "is " + std::to_string(frame->image.width()) + " x " +
                                                  std::to_string(frame->image.height()) + " pixels, not " + std::to_string(w) +
                                                  " x " + std::to_string(h) + " like " + first->info.path);
            take(*frame);
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& e) {
            report.leftOut.emplace_back(e.file(), e.what());
        }
        if (progress)
            progress(next + 1, count);
    }
    report.framesUsed = used.size();

    Frame out;
    out.header = first->header;
    out.info = first->info;
    out.image = Image(w, h);
    float* result = out.image.pixels().data();
    const std::size_t depth = used.size();
    if (bands == 1) {
        std::vector<const float*> layers(depth);
        for (std::size_t k = 0; k < depth; ++k)
            layers[k] = stack.data() + k * pixels;
        combinePixels(layers, pixels, options.statistic, result);
    } else {
        stack.resize(rowsPerBand * static_cast<std::size_t>(w) * slots);
        for (std::size_t b = 0; b < bands; ++b) {
            checkCancel(cancel);
            const std::size_t bandPixels = bandRows(b) * static_cast<std::size_t>(w);
            scratch->read(bandOffset(b, 0), stack.data(), depth * bandPixels * sizeof(float));
            std::vector<const float*> layers(depth);
            for (std::size_t k = 0; k < depth; ++k)
                layers[k] = stack.data() + k * bandPixels;
            combinePixels(layers, bandPixels, options.statistic, result + b * rowsPerBand * static_cast<std::size_t>(w));
        }
    }
    auto mask = out.image.mask();
    for (std::size_t p = 0; p < pixels; ++p)
        if (std::isnan(result[p]))
            mask[p] = outsideEverywhere[p] ? static_cast<MaskBits>(MaskBit::OutsideFov) : static_cast<MaskBits>(MaskBit::Missing);

    Header& header = out.header;
    const std::string statistic = describe(options.statistic);
    header.set(HeaderCard::string("BKGSTAT", statistic, "per-pixel statistic of this background"));
    header.set(HeaderCard::integer("NIMAGES", static_cast<long long>(depth), "frames combined into this background"));
    header.set(HeaderCard::integer("BKGMINSM", static_cast<long long>(options.statistic.minSamples),
                                   "fewest defined samples for a defined pixel"));
    if (earliest <= latest) {
        header.set(HeaderCard::string("DATE-BEG", earliest.toIso(3), "first frame combined"));
        header.set(HeaderCard::string("DATE-END", latest.toIso(3), "last frame combined"));
        const UtcTime middle{earliest.nanoseconds + (latest.nanoseconds - earliest.nanoseconds) / 2};
        header.set(HeaderCard::string("DATE-OBS", middle.toIso(3), "middle of the frames combined"));
        header.remove("TIME-OBS");
        out.info.time = middle;
    }
    header.addHistory("background: " + statistic + " per pixel of " + std::to_string(depth) + " frames" +
                      (earliest <= latest ? " from " + earliest.toIso(0) + " to " + latest.toIso(0) : std::string()) +
                      (report.leftOut.empty() ? "" : ", " + std::to_string(report.leftOut.size()) + " left out"));
    for (const std::string& path : used)
        header.addHistory("background input: " + std::filesystem::path(path).filename().string());
    return out;
}

} // namespace hb::steps
