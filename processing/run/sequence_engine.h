#pragma once

#include "kernel/pipeline.h"

#include <atomic>
#include <cstddef>
#include <exception>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace hb::steps {

class StepRegistry;

// Runs a pipeline over an ordered sequence of files (one detector, size and polarisation,
// flagged frames already left out), giving each sequence step (running difference, temporal
// smoothing...) the frames it asks for as the steps before it left them. Every intermediate
// frame is computed once and kept under a byte budget, least recently used out, keyed by the
// steps that made it: a parameter change in step k leaves the outputs of steps before k valid.
// Thread-safe; two threads asking for the same frame may both compute it.
class SequenceEngine {
public:
    SequenceEngine(std::vector<std::string> paths, const StepRegistry& registry, std::size_t cacheBytes = 1ull << 30);

    const std::vector<std::string>& paths() const noexcept { return m_paths; }
    std::size_t size() const noexcept { return m_paths.size(); }
    // Position of `path` in the sequence, or size() when it is not in it.
    std::size_t indexOf(const std::string& path) const;

    // The frame at `index` after the first `stepCount` steps of `pipeline` (0: as read).
    // Throws what the failing step threw (hb::Error naming the file, FrameRejected, Cancelled).
    std::shared_ptr<const Frame> stage(const Pipeline& pipeline, std::size_t stepCount, std::size_t index,
                                       const std::atomic<bool>* cancel = nullptr);
    std::shared_ptr<const Frame> result(const Pipeline& pipeline, std::size_t index, const std::atomic<bool>* cancel = nullptr)
    {
        return stage(pipeline, pipeline.steps.size(), index, cancel);
    }

    // What step `stepIndex` needs to run on the frame at `index`: the context (position in the
    // sequence, the frames it asked for) and the frames it points to, kept alive by `frames`.
    struct StepInputs {
        RunContext context;
        std::vector<std::shared_ptr<const Frame>> frames;
    };
    StepInputs inputsFor(const Pipeline& pipeline, std::size_t stepIndex, std::size_t index,
                         const std::atomic<bool>* cancel = nullptr);

    std::size_t cachedBytes() const;

private:
    struct Entry {
        std::shared_ptr<const Frame> frame;
        std::exception_ptr failure;  // a frame that failed fails again without rerunning
        std::size_t bytes = 0;
    };
    using Key = std::string;
    Key keyOf(const Pipeline& pipeline, std::size_t stepCount, std::size_t index) const;
    bool lookUp(const Key& key, Entry& entry);
    void remember(const Key& key, Entry entry);

    std::vector<std::string> m_paths;
    const StepRegistry& m_registry;
    std::size_t m_budget;
    mutable std::mutex m_mutex;
    std::list<std::pair<Key, Entry>> m_lru;  // most recent first
    std::map<Key, std::list<std::pair<Key, Entry>>::iterator> m_index;
    std::size_t m_bytes = 0;
};

// The key of one pipeline step for caches: what its output depends on besides its input.
std::string stepKey(const PipelineStep& step);
// True when some enabled step of `pipeline` works on a sequence rather than a single frame.
bool needsSequence(const Pipeline& pipeline, const StepRegistry& registry);

} // namespace hb::steps
