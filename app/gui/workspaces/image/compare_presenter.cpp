#include "workspaces/image/compare_presenter.h"

#include "core/error.h"
#include "workspaces/image/frame_pictures.h"

namespace hb::app {

ComparePresenter::ComparePresenter(std::shared_ptr<FrameCache> cache, QObject* parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_latest(
          this,
          [cache = m_cache](const Pair& pair, const std::atomic<bool>& cancel) {
              Pictures p;
              try {
                  const auto made = [&](const std::string& path) {
                      return pair.source ? pair.source(path, &cancel) : readFrameCached(*cache, path);
                  };
                  const auto fa = made(pair.a), fb = made(pair.b);
                  if (fa->image.isEmpty() || fb->image.isEmpty())
                      throw Error(fa->image.isEmpty() ? pair.a : pair.b, "holds no image to compare");
                  p.a = renderPicture(fa->image, pair.display);
                  p.b = renderPicture(fb->image, pair.display);
                  p.difference = renderDifferencePicture(fa->image, fb->image, &p.differenceRange);
                  p.unit = QString::fromStdString(fa->header.text("BUNIT").value_or("DN"));
              } catch (const Error& e) {
                  p.error = QString::fromStdString(e.what());
              }
              return p;
          },
          [this](Pictures p) {
              if (p.error.isEmpty())
                  emit compared(p.a, p.b, p.difference, p.differenceRange, p.unit);
              else
                  emit failed(p.error);
          },
          [this](const Pair&, const QString& problem) { emit failed(problem); })
{
}

ComparePresenter::~ComparePresenter() = default;

void ComparePresenter::compare(std::string pathA, std::string pathB, render::DisplaySettings display,
                               FramePresenter::FrameSource source)
{
    m_latest.request({std::move(pathA), std::move(pathB), std::move(display), std::move(source)});
}

} // namespace hb::app
