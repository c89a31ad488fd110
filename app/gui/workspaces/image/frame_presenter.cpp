#include "workspaces/image/frame_presenter.h"

#include "core/error.h"
#include "workspaces/image/frame_pictures.h"

#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace hb::app {

namespace {
constexpr qlonglong kDefaultCacheMiB = 2048;  // about 340 frames of 1024 x 1024 with masks

} // namespace

FramePresenter::FramePresenter(QObject* parent)
    : QObject(parent)
    , m_cache(std::make_shared<FrameCache>(
          static_cast<std::size_t>(QSettings().value(QStringLiteral("cache/budgetMiB"), kDefaultCacheMiB).toLongLong()) << 20))
    , m_latest(
          this, [cache = m_cache](const Request& request, const std::atomic<bool>& cancel) { return make(*cache, request, cancel); },
          // A frame asked for after this one cancels it (no supersedes rule): what arrives here
          // is the last one asked for.
          [this](Outcome outcome) {
              if (outcome.error.isEmpty())
                  emit presented(outcome.result);
              else
                  emit failed(QString::fromStdString(outcome.path), outcome.error);
          },
          [this](const Request& request, const QString& problem) {
              emit failed(QString::fromStdString(request.path), problem);
          })
{
}

FramePresenter::~FramePresenter()
{
    ++*m_prefetchGeneration;  // stop prefetching
    m_prefetch.waitForFinished();
}

void FramePresenter::prefetch(std::vector<std::string> paths, FrameSource source)
{
    const quint64 generation = ++*m_prefetchGeneration;
    m_prefetch = QtConcurrent::run([paths = std::move(paths), source = std::move(source), generation, cache = m_cache,
                                    current = m_prefetchGeneration] {
        for (const std::string& path : paths) {
            if (current->load() != generation)
                return;  // superseded
            try {
                (void)readFrameCached(*cache, path);
                if (source)
                    (void)source(path, nullptr);
            } catch (const std::exception&) {
                // A bad file is reported when it is shown, not while prefetching.
            }
        }
    });
}

void FramePresenter::present(Request request)
{
    m_latest.request(std::move(request));
}

FramePresenter::Outcome FramePresenter::make(FrameCache& cache, const Request& request, const std::atomic<bool>& cancel)
{
    Outcome o;
    o.path = request.path;
    try {
        std::shared_ptr<const Frame> original = readFrameCached(cache, request.path);
        if (original->image.isEmpty()) {  // header-only files: the header is still worth showing
            o.result.frame = o.result.original = std::move(original);
            return o;
        }
        std::shared_ptr<const Frame> frame = request.source ? request.source(request.path, &cancel) : original;
        render::DisplaySettings display = request.display;
        if (request.autoRange)
            display.range = render::percentileRange(frame->image, request.lowPercent, request.highPercent);
        QImage picture = renderPicture(frame->image, display);
        if (request.maskOverlay)
            overlayShownMask(frame->image, picture);
        const render::DisplayRange span = render::percentileRange(frame->image, 0.05, 99.95);
        const double margin = 0.1 * (span.high - span.low);
        const double low = std::min(span.low - margin, display.range.low), high = std::max(span.high + margin, display.range.high);
        o.result = {frame, original, std::move(picture), display.range, render::computeHistogram(frame->image, low, high)};
    } catch (const steps::Cancelled&) {
        throw;  // another frame was asked for: nothing to show
    } catch (const Error& e) {
        o.error = QString::fromStdString(e.problem());
    }
    return o;
}

} // namespace hb::app
