#include "workspaces/processing/preview_presenter.h"

#include "workspaces/image/frame_pictures.h"


#include <chrono>

namespace hb::app {

namespace {

QImage renderWithRange(const Frame& frame, const PreviewPresenter::Request& request, render::DisplayRange& range,
                       const std::optional<render::DisplayRange>& fixed)
{
    if (frame.image.isEmpty())
        return {};
    render::DisplaySettings display = request.display;
    display.range = range = fixed ? *fixed : render::percentileRange(frame.image, request.lowPercent, request.highPercent);
    QImage picture = renderPicture(frame.image, display);
    if (request.maskOverlay)
        overlayShownMask(frame.image, picture);
    return picture;
}

} // namespace

// The last pictures drawn, by frame and display settings: when a later step changes, the frame
// before the chosen step is the same object as last time and is not drawn again.
class PreviewPresenter::PictureMemo {
public:
    QImage draw(const std::shared_ptr<const Frame>& frame, const Request& request, render::DisplayRange& range,
                const std::optional<render::DisplayRange>& fixed = std::nullopt)
    {
        const std::string key = displayKey(request) + (fixed ? "/" + std::to_string(fixed->low) + "/" + std::to_string(fixed->high) : "");
        for (const Entry& e : m_entries)
            if (e.frame.lock() == frame && e.key == key) {
                range = e.range;
                return e.picture;
            }
        Entry e{frame, key, renderWithRange(*frame, request, range, fixed), range};
        m_entries.insert(m_entries.begin(), e);
        if (m_entries.size() > 3)
            m_entries.pop_back();
        return e.picture;
    }

private:
    struct Entry {
        std::weak_ptr<const Frame> frame;
        std::string key;
        QImage picture;
        render::DisplayRange range;
    };
    static std::string displayKey(const Request& r)
    {
        return r.display.colormap + '/' + std::string(render::stretchName(r.display.stretch)) + '/' +
               std::to_string(r.display.asinhSoftening) + '/' + std::to_string(r.lowPercent) + '/' +
               std::to_string(r.highPercent) + (r.maskOverlay ? "/mask" : "");
    }
    std::vector<Entry> m_entries;
};

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

PreviewPresenter::PreviewPresenter(const steps::StepRegistry& registry, QObject* parent)
    : QObject(parent)
    , m_chain(std::make_shared<steps::StepChain>(registry))
    , m_pictures(std::make_shared<PictureMemo>())
    , m_latest(
          this,
          [chain = m_chain, pictures = m_pictures](const Request& request, const std::atomic<bool>& cancel) {
              return make(request, cancel, *chain, *pictures);
          },
          [this](Result result) {
              if (!m_latest.newerWaiting())
                  result.latencyMs = static_cast<double>(m_requested.nsecsElapsed()) / 1e6;
              emit previewed(result);
          },
          [this](const Request& request, const QString& problem) {
              Result result;
              result.step = request.step;
              result.problem = problem;
              emit previewed(result);
          },
          &m_thread)
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1);  // the same thread for the presenter's whole life
    // Another frame makes the running work useless; slow work is cut short so that during a
    // slider drag the quick updates finish and the picture follows the slider.
    m_latest.setSupersedes([](const Request& running, const Request& newer, qint64 runningMs) {
        return newer.frame != running.frame || runningMs > kPatienceMs;
    });
}

PreviewPresenter::~PreviewPresenter() = default;

void PreviewPresenter::preview(Request request)
{
    m_requested.start();
    m_latest.request(std::move(request));
}

PreviewPresenter::Result PreviewPresenter::make(const Request& request, const std::atomic<bool>& cancel,
                                                steps::StepChain& chain, PictureMemo& pictures)
{
    Result r;
    r.step = request.step;
    try {
        const auto computeStart = std::chrono::steady_clock::now();
        if (chain.input() != request.frame)
            chain.setInput(request.frame);
        chain.setSequence(request.sequence);
        r.stepsRun = chain.update(request.pipeline, steps::RunContext{&cancel}).stepsRun;
        r.computeMs = millisecondsSince(computeStart);
        for (std::size_t k = 0; k < chain.stages().size(); ++k)
            if (!chain.stages()[k].problem.empty()) {
                r.problem = QString::fromStdString(chain.stages()[k].problem);
                r.failedStep = static_cast<std::ptrdiff_t>(k);
                r.rejected = chain.stages()[k].rejected;
                break;
            }
        const auto renderStart = std::chrono::steady_clock::now();
        const bool wholePipeline = request.step < 0 || static_cast<std::size_t>(request.step) >= chain.stages().size();
        const std::size_t k = wholePipeline ? 0 : static_cast<std::size_t>(request.step);
        r.beforeFrame = wholePipeline ? chain.input() : chain.before(k);
        r.afterFrame = wholePipeline || request.afterShowsResult ? chain.result() : chain.after(k);
        if (r.beforeFrame)
            r.before = pictures.draw(r.beforeFrame, request, r.beforeRange);
        if (r.afterFrame)
            r.after = pictures.draw(r.afterFrame, request, r.afterRange,
                                    request.sameRange && r.beforeFrame ? std::optional(r.beforeRange) : std::nullopt);
        if (request.wantDifference && r.beforeFrame && r.afterFrame &&
            r.beforeFrame->header.text("BUNIT") == r.afterFrame->header.text("BUNIT")) {
            r.difference = renderDifferencePicture(r.afterFrame->image, r.beforeFrame->image, &r.differenceRange);
            r.differenceUnit = QString::fromStdString(r.afterFrame->header.text("BUNIT").value_or(""));
        }
        r.renderMs = millisecondsSince(renderStart);
    } catch (const steps::Cancelled&) {
        throw;  // delivers nothing
    } catch (const Error& e) {
        r.problem = QString::fromStdString(e.what());
    }
    return r;
}

} // namespace hb::app
