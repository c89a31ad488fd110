#include "compare_presenter.h"

#include "core/error.h"
#include "frame_pictures.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hb::app {

ComparePresenter::ComparePresenter(std::shared_ptr<FrameCache> cache, QObject* parent)
    : QObject(parent)
    , m_cache(std::move(cache))
{
    connect(&m_watcher, &QFutureWatcher<Pictures>::finished, this, [this] {
        const Pictures p = m_watcher.result();
        if (p.error.isEmpty())
            emit compared(p.a, p.b, p.difference);
        else
            emit failed(p.error);
    });
}

ComparePresenter::~ComparePresenter()
{
    m_watcher.waitForFinished();
}

void ComparePresenter::compare(std::string pathA, std::string pathB, render::DisplaySettings display)
{
    if (m_watcher.isRunning())
        return;  // the view asks again with the next frame; comparisons are not queued
    m_watcher.setFuture(QtConcurrent::run([a = std::move(pathA), b = std::move(pathB), display, cache = m_cache] {
        Pictures p;
        try {
            const auto fa = readFrameCached(*cache, a), fb = readFrameCached(*cache, b);
            if (fa->image.isEmpty() || fb->image.isEmpty())
                throw Error(fa->image.isEmpty() ? a : b, "holds no image to compare");
            p.a = renderPicture(fa->image, display);
            p.b = renderPicture(fb->image, display);
            p.difference = renderDifferencePicture(fa->image, fb->image);
        } catch (const std::exception& e) {  // an exception escaping a QFuture would be rethrown on the UI thread
            p.error = QString::fromStdString(e.what());
        }
        return p;
    }));
}

} // namespace hb::app
