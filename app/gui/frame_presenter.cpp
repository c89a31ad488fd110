#include "frame_presenter.h"

#include "core/error.h"
#include "io/file_reader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hb::app {

FramePresenter::FramePresenter(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (m_queued) {  // a newer request waited: this result is stale
            Request next = std::move(*m_queued);
            m_queued.reset();
            start(std::move(next));
            return;
        }
        if (outcome.generation != m_generation)
            return;
        if (outcome.error.isEmpty())
            emit presented(outcome.result);
        else
            emit failed(QString::fromStdString(outcome.path), outcome.error);
    });
}

FramePresenter::~FramePresenter()
{
    m_queued.reset();
    m_watcher.waitForFinished();
}

void FramePresenter::present(Request request)
{
    ++m_generation;
    if (m_watcher.isRunning()) {
        m_queued = std::move(request);  // only the latest request waits
        return;
    }
    start(std::move(request));
}

void FramePresenter::start(Request request)
{
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([request = std::move(request), generation]() -> Outcome {
        Outcome o;
        o.generation = generation;
        o.path = request.path;
        try {
            auto frame = std::make_shared<Frame>(io::readFrame(request.path));
            if (frame->image.isEmpty()) {  // header-only files: the header is still worth showing
                o.result.frame = std::move(frame);
                return o;
            }
            render::DisplaySettings display = request.display;
            if (request.autoRange)
                display.range = render::percentileRange(frame->image, request.lowPercent, request.highPercent);
            QImage picture(frame->image.width(), frame->image.height(), QImage::Format_RGB32);
            render::renderToRgb(frame->image, display, reinterpret_cast<std::uint32_t*>(picture.bits()),
                                static_cast<int>(picture.bytesPerLine() / 4));
            o.result = {std::move(frame), std::move(picture), display.range};
        } catch (const Error& e) {
            o.error = QString::fromStdString(e.problem());
        } catch (const std::exception& e) {
            o.error = QString::fromStdString(e.what());
        }
        return o;
    }));
}

} // namespace hb::app
