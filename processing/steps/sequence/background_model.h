#pragma once

#include "core/frame.h"
#include "run/run_context.h"
#include "steps/sequence/pixel_statistic.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace hb::steps {

struct BackgroundOptions {
    PixelStatistic statistic{PixelStatistic::Kind::Percentile, 10, 3};
    // The stack is held in memory when it fits; otherwise it goes to a scratch file band by
    // band and each band of rows is combined in turn (memory: one band of all frames).
    std::size_t memoryBudgetBytes = 1ull << 30;
    std::string scratchDirectory;  // empty: the system's temporary folder
};

struct BackgroundReport {
    std::size_t framesUsed = 0;
    std::vector<std::pair<std::string, std::string>> leftOut;  // file, why
    std::size_t bands = 1;  // more than 1: streamed through a scratch file
};

// A per-pixel background over `count` frames (ALGORITHMS-DETAIL C.1): frameAt(i) gives frame i
// as the steps before the background left it, or throws hb::Error (that frame is left out and
// reported). Masked pixels (missing, saturated, cosmic rays, outside the field) are no samples;
// a pixel with fewer than statistic.minSamples samples is NaN (OutsideFov when it was outside
// the field in every frame, else Missing). Frames of another size than the first are left out.
// The result carries the first frame's header and WCS with NIMAGES, DATE-BEG, DATE-END,
// BKGSTAT and HISTORY naming every input. Throws hb::Error when no frame is usable, Cancelled.
Frame computeBackground(std::size_t count, const std::function<std::shared_ptr<const Frame>(std::size_t)>& frameAt,
                        const BackgroundOptions& options, BackgroundReport& report, const RunContext& run = {});

// True when `header` is a background product made by computeBackground.
bool isBackgroundProduct(const Header& header);

} // namespace hb::steps
