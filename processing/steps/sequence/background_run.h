#pragma once

#include "catalog/sequence_selector.h"
#include "kernel/pipeline.h"
#include "steps/sequence/background_model.h"
#include "steps/sequence/background_plan.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace hb::steps {

class StepRegistry;

// What to make backgrounds of, and where: the frames go through `pipeline` (the steps a
// background step would see before it) and each window of days gives one FITS file in `folder`.
struct BackgroundRun {
    BackgroundOptions model;
    BackgroundWindow window;
    Pipeline pipeline;
    std::string folder;
    bool overwrite = false;
};

struct BackgroundProduct {
    std::string path;
    std::size_t framesUsed = 0;
    std::size_t bands = 1;
    std::string problem;  // empty when written; else why not (exists already, no usable frame...)
    std::vector<std::pair<std::string, std::string>> leftOut;  // frames that failed: file, why
};

// The backgrounds of one sequence (flagged frames already left out), written atomically. An
// existing file is not replaced unless `overwrite`; it is reported, not an error. Progress counts
// frames over all windows, named by the
// background file being made. Throws Cancelled.
std::vector<BackgroundProduct> makeBackgrounds(
    const FrameSequence& sequence, const BackgroundRun& run, const StepRegistry& registry,
    const RunContext& context = {});

} // namespace hb::steps
