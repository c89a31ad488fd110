#include "workspaces/review/detector_preview.h"

#include "steps/detect/detector_run.h"

#include <QElapsedTimer>

namespace hb::app {

namespace {

DetectorPreview::Result judge(const DetectorPreview::Request& request, const std::atomic<bool>& cancel)
{
    QElapsedTimer clock;
    clock.start();
    DetectorPreview::Result result;
    result.path = request.path;
    if (!request.detector) {
        result.problem = DetectorPreview::tr("No detector chosen.");
        return result;
    }
    const steps::DetectorResult verdict =
        steps::detectFrame(*request.detector, request.params, request.path, request.neighbours, &cancel);
    if (verdict.detection)
        result.detection = verdict.detection;
    else
        result.problem = QString::fromStdString(verdict.error);
    result.milliseconds = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace

DetectorPreview::DetectorPreview(QObject* parent)
    : QObject(parent)
    , m_latest(this, judge, [this](Result result) { emit detected(result); },
               [this](const Request& request, const QString& problem) {
                   Result result;
                   result.path = request.path;
                   result.problem = problem;
                   emit detected(result);
               })
{
}

DetectorPreview::~DetectorPreview() = default;

void DetectorPreview::request(Request request)
{
    m_latest.request(std::move(request));
}

} // namespace hb::app
