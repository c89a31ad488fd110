#include "detector_preview.h"

#include "steps/detect/detector_run.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>


namespace hb::app {

DetectorPreview::DetectorPreview(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const bool cancelled = m_cancel && m_cancel->load();
        if (!cancelled)
            emit detected(m_watcher.result());
        if (m_queued) {
            Request next = std::move(*m_queued);
            m_queued.reset();
            start(std::move(next));
        }
    });
}

DetectorPreview::~DetectorPreview()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void DetectorPreview::request(Request request)
{
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_queued = std::move(request);
        return;
    }
    start(std::move(request));
}

void DetectorPreview::start(Request request)
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run([request = std::move(request), cancel = m_cancel]() {
        QElapsedTimer clock;
        clock.start();
        Result result;
        result.path = request.path;
        if (!request.detector) {
            result.problem = DetectorPreview::tr("No detector chosen.");
            return result;
        }
        try {
            const steps::DetectorResult verdict =
                steps::detectFrame(*request.detector, request.params, request.path, request.neighbours, cancel.get());
            if (verdict.detection)
                result.detection = verdict.detection;
            else
                result.problem = QString::fromStdString(verdict.error);
        } catch (const std::exception& e) {
            result.problem = QString::fromStdString(e.what());
        }
        result.milliseconds = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        return result;
    }));
}

} // namespace hb::app
