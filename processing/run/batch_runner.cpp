#include "run/batch_runner.h"

#include "core/worker_threads.h"
#include "catalog/folder_scanner.h"
#include "catalog/sequence_selector.h"
#include "io/file_reader.h"
#include "io/fits/fits_writer.h"
#include "io/product_name.h"
#include "run/sequence_engine.h"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

namespace hb::steps {

std::string_view batchStatusName(BatchItem::Status status) noexcept
{
    switch (status) {
    case BatchItem::Status::Written: return "written";
    case BatchItem::Status::Exists: return "exists";
    case BatchItem::Status::Skipped: return "skipped";
    case BatchItem::Status::Rejected: return "rejected";
    case BatchItem::Status::Failed: return "failed";
    case BatchItem::Status::Cancelled: return "cancelled";
    }
    return "failed";
}

std::size_t BatchSummary::count(BatchItem::Status status) const
{
    return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [&](const BatchItem& i) { return i.status == status; }));
}

namespace {

// A frame in flight costs its pixels and mask a few times over (input, each step's output).
constexpr std::size_t kCopiesInFlight = 4;
constexpr std::size_t kBytesPerPixel = sizeof(float) + sizeof(MaskBits);

std::string outputPath(const Frame& frame, const BatchOptions& options)
{
    namespace fs = std::filesystem;
    fs::path dir = options.outDir;
    if (options.layout != OutputLayout::Flat)
        dir /= frame.info.time ? frame.info.time->dayString() : std::string("unknown-day");
    if (options.layout == OutputLayout::ByDayAndSize)
        dir /= std::to_string(frame.image.width());
    fs::create_directories(dir);
    return (dir / io::productFileName(frame.info.path)).string();
}

// Admits frames while their estimated bytes fit the budget; one frame is always admitted.
class MemoryGate {
public:
    explicit MemoryGate(std::size_t budget) : m_budget(budget) {}
    void acquire(std::size_t bytes)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_used == 0 || m_used + bytes <= m_budget; });
        m_used += bytes;
    }
    void release(std::size_t bytes)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_used -= bytes;
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::size_t m_budget;
    std::size_t m_used = 0;
};

// Runs `produce` for one input and writes what it gives; every failure becomes the item's
// status and reason.
BatchItem produceAndWrite(const std::string& input, const BatchOptions& options, const std::function<Frame()>& produce)
{
    BatchItem item;
    item.input = input;
    try {
        const Frame result = produce();
        item.output = outputPath(result, options);
        if (!options.overwrite && std::filesystem::exists(item.output)) {
            item.status = BatchItem::Status::Exists;
            item.message = "output exists (not replaced)";
        } else {
            io::writeFitsFrame(result, item.output, {.overwrite = options.overwrite});
            item.status = BatchItem::Status::Written;
        }
    } catch (const Cancelled&) {
        item.status = BatchItem::Status::Cancelled;
        item.message = "cancelled";
    } catch (const FrameRejected& e) {
        item.status = BatchItem::Status::Rejected;
        item.message = e.problem();
    } catch (const Error& e) {
        item.status = BatchItem::Status::Failed;
        item.message = e.file() == input || e.file().empty() ? e.problem() : e.file() + ": " + e.problem();
    } catch (const std::exception& e) {
        item.status = BatchItem::Status::Failed;
        item.message = std::string("unexpected failure: ") + e.what();
    }
    return item;
}

BatchItem processOne(const Pipeline& pipeline, const std::string& input, const BatchOptions& options,
                     const StepRegistry& registry, MemoryGate& gate)
{
    if (options.skip && options.skip(input))
        return {input, {}, BatchItem::Status::Skipped, "flagged"};
    std::size_t held = 0;
    BatchItem item = produceAndWrite(input, options, [&] {
        // The header alone (the catalog's fast path, microseconds) sizes the frame before its
        // pixels are read, so the memory gate holds frames back instead of letting them in.
        const CatalogEntry planned = scanFile(input);
        if (!planned.ok)
            throw Error(input, planned.error);
        held = std::max<std::size_t>(1, static_cast<std::size_t>(planned.info.width) * static_cast<std::size_t>(planned.info.height)) *
               kBytesPerPixel * kCopiesInFlight;
        gate.acquire(held);
        return runPipeline(pipeline, io::readFrame(input), registry, RunContext{options.cancel});
    });
    if (held)
        gate.release(held);
    return item;
}

unsigned threadCount(const BatchOptions& options)
{
    return workerThreads(options.threads, std::numeric_limits<std::size_t>::max());
}

// A pipeline with sequence steps (running difference, smoothing...) runs per sequence: the
// inputs are grouped as movies group them and each group goes through one SequenceEngine, so
// that a step gets its neighbours as the steps before it left them, each computed once.
BatchSummary runSequenceBatch(const Pipeline& pipeline, const std::vector<std::string>& inputs, const BatchOptions& options,
                              const StepRegistry& registry,
                              const std::function<void(const BatchItem&, std::size_t, std::size_t)>& onItem)
{
    BatchSummary summary;
    summary.items.resize(inputs.size());
    std::map<std::string, std::size_t> slotOf;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        slotOf.emplace(inputs[i], i);
    std::mutex reportMutex;
    std::size_t done = 0;
    const auto finish = [&](std::size_t slot, BatchItem item) {
        const std::lock_guard lock(reportMutex);
        summary.items[slot] = std::move(item);
        if (onItem)
            onItem(summary.items[slot], ++done, inputs.size());
    };

    std::vector<CatalogEntry> usable;
    for (CatalogEntry& entry : scanFiles(inputs, {.threads = options.threads, .onEntry = {}, .cancel = options.cancel})) {
        const std::size_t slot = slotOf.at(entry.info.path);
        if (!entry.ok || !entry.hasPixels)
            finish(slot, {entry.info.path, {}, BatchItem::Status::Failed, entry.ok ? "holds no image" : entry.error});
        else if (options.skip && options.skip(entry.info.path))
            finish(slot, {entry.info.path, {}, BatchItem::Status::Skipped, "flagged"});
        else
            usable.push_back(std::move(entry));
    }
    for (const FrameSequence& sequence : groupSequences(std::move(usable))) {
        std::vector<std::string> paths;
        for (const CatalogEntry& entry : sequence.frames)
            paths.push_back(entry.info.path);
        SequenceEngine engine(paths, registry, options.memoryBudgetBytes / 2);
        parallelFor(paths.size(), threadCount(options), [&](std::size_t k) {
            BatchItem item = options.cancel && options.cancel->load()
                                 ? BatchItem{paths[k], {}, BatchItem::Status::Cancelled, "cancelled"}
                                 : produceAndWrite(paths[k], options, [&] { return *engine.result(pipeline, k, options.cancel); });
            finish(slotOf.at(paths[k]), std::move(item));
        });
    }
    // Inputs the scan never reached (cancelled).
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (summary.items[i].input.empty())
            finish(i, {inputs[i], {}, BatchItem::Status::Cancelled, "cancelled"});
    return summary;
}

} // namespace

BatchSummary runBatch(const Pipeline& pipeline, const std::vector<std::string>& inputs, const BatchOptions& options,
                      const StepRegistry& registry,
                      const std::function<void(const BatchItem&, std::size_t, std::size_t)>& onItem)
{
    if (needsSequence(pipeline, registry))
        return runSequenceBatch(pipeline, inputs, options, registry, onItem);
    BatchSummary summary;
    summary.items.resize(inputs.size());
    MemoryGate gate(options.memoryBudgetBytes);
    std::atomic<std::size_t> done{0};
    parallelFor(inputs.size(), threadCount(options), [&](std::size_t i) {
        BatchItem& item = summary.items[i];
        if (options.cancel && options.cancel->load())
            item = {inputs[i], {}, BatchItem::Status::Cancelled, "cancelled"};
        else
            item = processOne(pipeline, inputs[i], options, registry, gate);
        const std::size_t finished = ++done;
        if (onItem)
            onItem(item, finished, inputs.size());
    });
    return summary;
}

} // namespace hb::steps
