#pragma once

#include "kernel/pipeline.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace hb::steps {

// How outputs are named: the input's file name, in one folder per UTC day of observation and,
// with ByDayAndSize, one sub-folder per image size ("2008-12-12/1024"), the layout that the
// background and movie steps expect (one resolution per folder).
enum class OutputLayout { Flat, ByDay, ByDayAndSize };

struct BatchOptions {
    std::string outDir;
    OutputLayout layout = OutputLayout::ByDay;
    unsigned threads = 0;                        // 0: one per hardware thread
    std::size_t memoryBudgetBytes = 2ull << 30;  // frames in flight at once are limited to fit
    bool overwrite = false;                      // else an existing output is kept and reported
    // Frames the scientist flagged: return true to skip the file (reported as skipped).
    std::function<bool(const std::string& path)> skip;
    const std::atomic<bool>* cancel = nullptr;
};

struct BatchItem {
    enum class Status { Written, Exists, Skipped, Rejected, Failed, Cancelled };
    std::string input;
    std::string output;   // for Written and Exists
    Status status = Status::Failed;
    std::string message;  // why, for every status but Written
};
std::string_view batchStatusName(BatchItem::Status status) noexcept;  // "written", "exists", ...

struct BatchSummary {
    std::vector<BatchItem> items;  // in input order
    std::size_t count(BatchItem::Status status) const;
};

// Reads each input, runs the pipeline, writes a float32 FITS product with its mask and HISTORY
// atomically. A pipeline with sequence steps runs per sequence (inputs grouped by detector,
// size, polarisation and filter, in time order, flagged ones left out) on a SequenceEngine. Never stops at a bad input: each failure is an item with the reason. `onItem` is
// called from worker threads as each input finishes.
BatchSummary runBatch(const Pipeline& pipeline, const std::vector<std::string>& inputs, const BatchOptions& options,
                      const StepRegistry& registry,
                      const std::function<void(const BatchItem&, std::size_t done, std::size_t total)>& onItem = {});

} // namespace hb::steps
