#include "run/sequence_engine.h"

#include "io/file_reader.h"
#include "kernel/step_registry.h"

#include <algorithm>

namespace hb::steps {

std::string stepKey(const PipelineStep& step)
{
    return step.id + (step.enabled ? " on " : " off ") + canonicalText(step.parameters);
}

bool needsSequence(const Pipeline& pipeline, const StepRegistry& registry)
{
    return std::any_of(pipeline.steps.begin(), pipeline.steps.end(), [&](const PipelineStep& s) {
        return s.enabled && registry.get(s.id, pipeline.name).has(StepTrait::Sequence);
    });
}

namespace {

std::size_t bytesOf(const Frame& frame)
{
    return frame.image.pixelCount() * (sizeof(float) + sizeof(MaskBits)) + 64 * 1024;  // the header, roughly
}

} // namespace

SequenceEngine::SequenceEngine(std::vector<std::string> paths, const StepRegistry& registry, std::size_t cacheBytes)
    : m_paths(std::move(paths)), m_registry(registry), m_budget(cacheBytes)
{
}

std::size_t SequenceEngine::indexOf(const std::string& path) const
{
    return static_cast<std::size_t>(std::find(m_paths.begin(), m_paths.end(), path) - m_paths.begin());
}

SequenceEngine::Key SequenceEngine::keyOf(const Pipeline& pipeline, std::size_t stepCount, std::size_t index) const
{
    Key key = std::to_string(index) + '\n';
    for (std::size_t k = 0; k < stepCount; ++k)
        key += stepKey(pipeline.steps[k]) + '\n';
    return key;
}

bool SequenceEngine::lookUp(const Key& key, Entry& entry)
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_index.find(key);
    if (it == m_index.end())
        return false;
    m_lru.splice(m_lru.begin(), m_lru, it->second);
    entry = it->second->second;
    return true;
}

void SequenceEngine::remember(const Key& key, Entry entry)
{
    const std::lock_guard lock(m_mutex);
    if (m_index.count(key))
        return;  // another thread computed it meanwhile
    m_bytes += entry.bytes;
    m_lru.emplace_front(key, std::move(entry));
    m_index[key] = m_lru.begin();
    // The newest entry always stays: a sequence step holds its inputs while the next is computed.
    while (m_bytes > m_budget && m_lru.size() > 1) {
        m_bytes -= m_lru.back().second.bytes;
        m_index.erase(m_lru.back().first);
        m_lru.pop_back();
    }
}

std::size_t SequenceEngine::cachedBytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_bytes;
}

std::shared_ptr<const Frame> SequenceEngine::stage(const Pipeline& pipeline, std::size_t stepCount, std::size_t index,
                                                   const std::atomic<bool>* cancel)
{
    if (index >= m_paths.size())
        throw Error({}, "frame " + std::to_string(index) + " is outside a sequence of " + std::to_string(m_paths.size()));
    stepCount = std::min(stepCount, pipeline.steps.size());
    // Disabled steps pass their input through: the frame is the one before them.
    while (stepCount > 0 && !pipeline.steps[stepCount - 1].enabled)
        --stepCount;
    const Key key = keyOf(pipeline, stepCount, index);
    Entry entry;
    if (lookUp(key, entry)) {
        if (entry.failure)
            std::rethrow_exception(entry.failure);
        return entry.frame;
    }
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Cancelled();
    try {
        if (stepCount == 0) {
            entry.frame = std::make_shared<const Frame>(io::readFrame(m_paths[index]));
        } else {
            const std::shared_ptr<const Frame> input = stage(pipeline, stepCount - 1, index, cancel);
            const StepInputs inputs = inputsFor(pipeline, stepCount - 1, index, cancel);
            entry.frame = std::make_shared<const Frame>(
                runPipelineStep(pipeline.steps[stepCount - 1], *input, m_registry, pipeline.name, inputs.context));
        }
        entry.bytes = bytesOf(*entry.frame);
    } catch (const Cancelled&) {
        throw;
    } catch (const Error&) {
        // Failures are remembered only when they belong to the input or a step, not to a cancel.
        entry.failure = std::current_exception();
        entry.bytes = 1024;
        remember(key, entry);
        throw;
    }
    remember(key, entry);
    return entry.frame;
}

SequenceEngine::StepInputs SequenceEngine::inputsFor(const Pipeline& pipeline, std::size_t stepIndex, std::size_t index,
                                                     const std::atomic<bool>* cancel)
{
    StepInputs inputs;
    inputs.context.cancel = cancel;
    if (stepIndex >= pipeline.steps.size())
        return inputs;
    const PipelineStep& s = pipeline.steps[stepIndex];
    const FrameStep& step = m_registry.frameStep(s.id, pipeline.name);
    if (!step.has(StepTrait::Sequence))
        return inputs;
    inputs.context.sequence = RunContext::SequencePosition{index, m_paths.size()};
    for (const std::size_t j : step.framesNeeded(s.parameters, index, m_paths.size())) {
        std::shared_ptr<const Frame> frame;
        if (j < m_paths.size()) {
            try {
                frame = stage(pipeline, stepIndex, j, cancel);
            } catch (const Cancelled&) {
                throw;
            } catch (const Error&) {
                // A neighbour that failed or was rejected is absent; the step decides what that means.
            }
        }
        inputs.context.sequenceFrames.push_back(frame.get());
        inputs.frames.push_back(std::move(frame));
    }
    return inputs;
}

} // namespace hb::steps
