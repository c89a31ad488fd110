#pragma once

#include "workspaces/image/frame_presenter.h"
#include "kernel/pipeline.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace hb::steps {
class SequenceEngine;
class StepRegistry;
}

namespace hb::app {

// Frames through the Pipeline dock's pipeline, for showing and playing them in the Image tab.
// The frames of the played sequence go through one sequence engine kept while the sequence stays
// the same, so a loop over a day computes each frame once and a changed parameter recomputes
// only from that step on.
class ProcessedFrames {
public:
    ProcessedFrames(const steps::StepRegistry& registry, std::size_t cacheBytes);
    ~ProcessedFrames();

    // Makes frames of `sequence` (time order, flagged frames left out) through `pipeline`. A
    // file outside the sequence (a flagged frame on screen) is processed alone; with a step that
    // needs neighbours that is an error naming the file.
    FramePresenter::FrameSource source(const steps::Pipeline& pipeline, std::vector<std::string> sequence);
    void clear();  // forget the cached frames (a new folder)

private:
    const steps::StepRegistry& m_registry;
    std::size_t m_cacheBytes;
    std::shared_ptr<steps::SequenceEngine> m_engine;
};

} // namespace hb::app
