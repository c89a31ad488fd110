#pragma once

#include "catalog/frame_cache.h"
#include "core/frame.h"
#include "render/display_scaling.h"
#include "latest_request.h"
#include "render/histogram.h"

#include <QFuture>
#include <QImage>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace hb::app {

// Loads and renders frames off the UI thread, through a frame cache with a byte budget.
// Asking for a new frame while one is on its way makes the older result stale: it is dropped
// when it arrives, so the view always ends on the last frame asked for. prefetch() decodes the
// frames that playback will need next into the cache.
class FramePresenter : public QObject {
    Q_OBJECT
public:
    // The frame to show for a file when it is not the file as read (a processed frame). Called
    // on worker threads; throws hb::Error naming the file when it cannot be made, and
    // steps::Cancelled once `cancel` (may be null) is raised because another frame was asked for.
    using FrameSource = std::function<std::shared_ptr<const Frame>(const std::string& path, const std::atomic<bool>* cancel)>;

    struct Request {
        std::string path;
        FrameSource source;  // unset: the file as read
        render::DisplaySettings display;
        bool autoRange = true;        // percentiles below instead of display.range
        double lowPercent = 1.0, highPercent = 99.5;
        bool maskOverlay = false;  // tint masked pixels (missing, saturated, cosmic rays, bad, user)
    };
    struct Result {
        std::shared_ptr<const Frame> frame;
        std::shared_ptr<const Frame> original;  // the file as read; the same as frame unless a source made it
        QImage picture;  // null for header-only files
        render::DisplayRange range;
        render::Histogram histogram;  // over the 0.05-99.95 percentile span, widened by 10 %
    };

    explicit FramePresenter(QObject* parent = nullptr);
    ~FramePresenter() override;

    void present(Request request);
    // Decodes these files into the cache in order, in the background, and when a source is
    // given has it make their frames (which it caches itself); a newer call supersedes.
    void prefetch(std::vector<std::string> paths, FrameSource source = {});
    std::shared_ptr<FrameCache> cache() const noexcept { return m_cache; }

signals:
    void presented(const hb::app::FramePresenter::Result& result);
    void failed(const QString& path, const QString& problem);

private:
    struct Outcome {
        Result result;
        QString error;
        std::string path;
    };
    std::shared_ptr<FrameCache> m_cache;
    std::shared_ptr<std::atomic<quint64>> m_prefetchGeneration = std::make_shared<std::atomic<quint64>>(0);
    QFuture<void> m_prefetch;
    static Outcome make(FrameCache& cache, const Request& request, const std::atomic<bool>& cancel);
    LatestRequest<Request, Outcome> m_latest;
};

} // namespace hb::app
