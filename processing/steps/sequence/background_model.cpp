#include "steps/sequence/background_model.h"

#include "core/worker_threads.h"
#include "core/large_buffer.h"

#include "steps/sequence/scratch_file.h"
#include "steps/sequence/sequence_support.h"
#include "kernel/step.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <filesystem>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

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

} // namespace

bool isBackgroundProduct(const Header& header)
{
    return header.contains("BKGSTAT") && header.contains("NIMAGES");
}

Frame computeBackground(std::size_t count, const std::function<std::shared_ptr<const Frame>(std::size_t)>& frameAt,
                        const BackgroundOptions& options, BackgroundReport& report, const RunContext& run)
{
    report = {};
    std::shared_ptr<const Frame> first;
    std::size_t next = 0;
    // The first readable frame sets the size, header and WCS.
    for (; next < count && !first; ++next) {
        run.throwIfCancelled();
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
        run.report(next + 1, count);
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

    // In memory: frame after frame; streamed: one band of every frame. Not zero-filled first:
    // every slot that is read from was written.
    LargeFloatBuffer stack;
    std::optional<ScratchFile> scratch;
    if (bands == 1)
        stack = LargeFloatBuffer(slots * pixels);
    else
        scratch.emplace(options.scratchDirectory.empty() ? std::filesystem::temp_directory_path().string()
                                                         : options.scratchDirectory);
    const auto bandRows = [&](std::size_t b) { return std::min(rowsPerBand, static_cast<std::size_t>(h) - b * rowsPerBand); };
    // In the scratch file band b holds its rows of every frame, frame after frame, so that a band
    // is read back in one piece.
    const auto bandOffset = [&](std::size_t b, std::size_t slot) {
        return (b * rowsPerBand * slots + slot * bandRows(b)) * rowBytes;
    };

    // Each frame has the slot of its place in the sequence, so the frames after the first can be
    // read on every core and still stack (and be named in HISTORY) in sequence order.
    struct Slot {
        bool used = false;
        std::string path;
        std::optional<UtcTime> time;
    };
    std::vector<Slot> taken(slots);
    std::vector<std::uint8_t> outsideEverywhere(pixels, 1);
    std::mutex shared;  // outsideEverywhere, report, progress
    const auto take = [&](const Frame& frame, std::size_t slot, std::vector<float>& folded) {
        if (bands == 1) {
            foldMask(frame.image, 0, pixels, stack.get() + slot * pixels);
        } else {
            folded.resize(pixels);
            foldMask(frame.image, 0, pixels, folded.data());
            for (std::size_t b = 0; b < bands; ++b)
                scratch->write(bandOffset(b, slot), folded.data() + b * rowsPerBand * static_cast<std::size_t>(w),
                               bandRows(b) * rowBytes);
        }
        const auto mask = frame.image.mask();
        {
            const std::lock_guard lock(shared);
            for (std::size_t p = 0; p < pixels; ++p)
                outsideEverywhere[p] &= (mask[p] & static_cast<MaskBits>(MaskBit::OutsideFov)) ? 1 : 0;
        }
        taken[slot] = {true, frame.info.path, frame.info.time};
    };
    std::vector<float> folded;
    take(*first, 0, folded);

    const std::size_t firstIndex = next - 1;
    std::atomic<std::size_t> claimed{next}, done{next};
    std::atomic<bool> stopped{false};
    std::exception_ptr stop;  // Cancelled, or what no frame should throw
    const auto work = [&] {
        std::vector<float> scratchRow;
        for (std::size_t k = claimed++; k < count && !stopped; k = claimed++) {
            try {
                run.throwIfCancelled();
                const std::shared_ptr<const Frame> frame = frameAt(k);
                if (frame->image.width() != w || frame->image.height() != h)
                    throw Error(frame->info.path, "is " + std::to_string(frame->image.width()) + " x " +
                                                      std::to_string(frame->image.height()) + " pixels, not " + std::to_string(w) +
                                                      " x " + std::to_string(h) + " like " + first->info.path);
                take(*frame, k - firstIndex, scratchRow);
            } catch (const Error& e) {
                if (dynamic_cast<const Cancelled*>(&e)) {
                    const std::lock_guard lock(shared);
                    stop = std::current_exception();
                    stopped = true;
                    return;
                }
                const std::lock_guard lock(shared);
                report.leftOut.emplace_back(e.file(), e.what());
            } catch (...) {
                const std::lock_guard lock(shared);
                stop = std::current_exception();
                stopped = true;
                return;
            }
            const std::size_t finished = ++done;
            if (run.progress) {
                const std::lock_guard lock(shared);
                run.report(finished, count);
            }
        }
    };
    const std::size_t workers = count > next ? workerThreads(0, count - next) : 0;
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < workers; ++t)
        threads.emplace_back(work);
    if (workers > 0)
        work();
    for (std::thread& t : threads)
        t.join();
    if (stop)
        std::rethrow_exception(stop);
    std::sort(report.leftOut.begin(), report.leftOut.end());  // threads finish in any order

    std::vector<std::string> used;
    std::vector<std::size_t> usedSlots;
    UtcTime earliest{std::numeric_limits<std::int64_t>::max()}, latest{std::numeric_limits<std::int64_t>::min()};
    for (std::size_t slot = 0; slot < slots; ++slot) {
        if (!taken[slot].used)
            continue;
        used.push_back(taken[slot].path);
        usedSlots.push_back(slot);
        if (taken[slot].time) {
            earliest = std::min(earliest, *taken[slot].time);
            latest = std::max(latest, *taken[slot].time);
        }
    }
    report.framesUsed = used.size();

    Frame out;
    out.header = first->header;
    out.info = first->info;
    out.image = Image(w, h);
    float* result = out.image.pixels().data();
    const std::size_t depth = used.size();
    std::vector<const float*> layers(depth);
    if (bands == 1) {
        for (std::size_t k = 0; k < depth; ++k)
            layers[k] = stack.get() + usedSlots[k] * pixels;
        combinePixels(layers, pixels, options.statistic, result);
    } else {
        stack = LargeFloatBuffer(rowsPerBand * static_cast<std::size_t>(w) * slots);
        for (std::size_t b = 0; b < bands; ++b) {
            run.throwIfCancelled();
            const std::size_t bandPixels = bandRows(b) * static_cast<std::size_t>(w);
            scratch->read(bandOffset(b, 0), stack.get(), slots * bandPixels * sizeof(float));
            for (std::size_t k = 0; k < depth; ++k)
                layers[k] = stack.get() + usedSlots[k] * bandPixels;
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
