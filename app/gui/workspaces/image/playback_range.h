#pragma once

#include "workspaces/image/frame_presenter.h"
#include "latest_request.h"
#include "render/display_scaling.h"

#include <QObject>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hb::app {

// One display range for playing a sequence: the display percentiles pooled over an even sample
// of its frames (as movies pool them), so that brightness means the same in every frame and
// nothing flickers. Worked out off the UI thread when playback starts; asked again when the
// sequence, the pipeline or the percentiles change. Until it comes, playback holds the range of
// the first frame it shows.
class PlaybackRange : public QObject {
    Q_OBJECT
public:
    static constexpr std::size_t kSampleFrames = 12;  // as movies (ExportOptions::sampleFrames)

    explicit PlaybackRange(std::shared_ptr<FrameCache> cache, QObject* parent = nullptr);

    // Pools over the frames of `sequence` (paths in order) as `source` makes them (unset: as
    // read). The range pooled before holds until the new one comes.
    void compute(const std::vector<std::string>& sequence, FramePresenter::FrameSource source, double lowPercent,
                 double highPercent);
    // Forgets the range and any result on its way.
    void reset();
    const std::optional<render::DisplayRange>& range() const noexcept { return m_range; }

signals:
    void ready(const hb::render::DisplayRange& range);

private:
    struct Request {
        std::vector<std::string> sample;
        FramePresenter::FrameSource source;
        double lowPercent = 1.0, highPercent = 99.5;
        std::uint64_t generation = 0;
    };
    struct Outcome {
        std::optional<render::DisplayRange> range;
        std::uint64_t generation = 0;
    };
    static Outcome pool(FrameCache& cache, const Request& request, const std::atomic<bool>& cancel);

    std::shared_ptr<FrameCache> m_cache;
    std::optional<render::DisplayRange> m_range;
    std::uint64_t m_generation = 0;
    LatestRequest<Request, Outcome> m_latest;
};

} // namespace hb::app
