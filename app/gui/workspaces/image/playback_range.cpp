#include "workspaces/image/playback_range.h"

#include "export/movie_frame.h"
#include "export/sequence_export.h"
#include "run/run_context.h"

namespace hb::app {

PlaybackRange::PlaybackRange(std::shared_ptr<FrameCache> cache, QObject* parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_latest(
          this, [cache = m_cache](const Request& request, const std::atomic<bool>& cancel) { return pool(*cache, request, cancel); },
          [this](Outcome outcome) {
              if (outcome.generation != m_generation || !outcome.range)
                  return;  // asked before a reset or a newer sequence, or nothing to pool
              m_range = outcome.range;
              emit ready(*m_range);
          })
{
}

void PlaybackRange::compute(const std::vector<std::string>& sequence, FramePresenter::FrameSource source, double lowPercent,
                            double highPercent)
{
    Request request;
    for (std::size_t pick : exporting::evenSample(sequence.size(), kSampleFrames))
        request.sample.push_back(sequence[pick]);
    request.source = std::move(source);
    request.lowPercent = lowPercent;
    request.highPercent = highPercent;
    request.generation = ++m_generation;
    if (!request.sample.empty())
        m_latest.request(std::move(request));
}

void PlaybackRange::reset()
{
    ++m_generation;
    m_range.reset();
}

PlaybackRange::Outcome PlaybackRange::pool(FrameCache& cache, const Request& request, const std::atomic<bool>& cancel)
{
    Outcome outcome{.generation = request.generation};
    std::vector<std::shared_ptr<const Frame>> frames;
    for (const std::string& path : request.sample) {
        if (cancel.load())
            throw steps::Cancelled();
        try {
            std::shared_ptr<const Frame> frame = request.source ? request.source(path, &cancel) : readFrameCached(cache, path);
            if (frame && !frame->image.isEmpty())
                frames.push_back(std::move(frame));
        } catch (const steps::Cancelled&) {
            throw;
        } catch (const Error&) {
            // A frame that cannot be read or made is left out of the pool, as movies leave it out.
        }
    }
    std::vector<const Image*> images;
    for (const auto& frame : frames)
        images.push_back(&frame->image);
    if (!images.empty())
        outcome.range = exporting::sequenceDisplayRange(images, request.lowPercent, request.highPercent);
    return outcome;
}

} // namespace hb::app
