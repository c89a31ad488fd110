#include "workspaces/image/processed_frames.h"

#include "core/error.h"
#include "io/file_reader.h"
#include "run/sequence_engine.h"
#include "kernel/step_registry.h"

namespace hb::app {

ProcessedFrames::ProcessedFrames(const steps::StepRegistry& registry, std::size_t cacheBytes)
    : m_registry(registry), m_cacheBytes(cacheBytes)
{
}

ProcessedFrames::~ProcessedFrames() = default;

void ProcessedFrames::clear()
{
    m_engine.reset();
}

FramePresenter::FrameSource ProcessedFrames::source(const steps::Pipeline& pipeline, std::vector<std::string> sequence)
{
    if (!m_engine || m_engine->paths() != sequence)
        m_engine = std::make_shared<steps::SequenceEngine>(std::move(sequence), m_registry, m_cacheBytes);
    const bool needsNeighbours = steps::needsSequence(pipeline, m_registry);
    return [engine = m_engine, pipeline, needsNeighbours, &registry = m_registry](const std::string& path,
                                                                                const std::atomic<bool>* cancel) {
        const std::size_t index = engine->indexOf(path);
        if (index < engine->size())
            return engine->result(pipeline, index, cancel);
        if (needsNeighbours)
            throw Error(path, "is flagged, so it is not part of the processed sequence its neighbours make");
        return std::make_shared<const Frame>(steps::runPipeline(pipeline, io::readFrame(path), registry, steps::RunContext{cancel}));
    };
}

} // namespace hb::app
