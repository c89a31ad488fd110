#pragma once

#include "core/detection.h"
#include "kernel/step.h"
#include "latest_request.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hb::app {

// Runs one detector on the frame on screen, with its temporal neighbours, on a worker thread so
// that the overlay follows the parameters as they are tuned. Latest wins: a request made while
// one runs cancels it and waits for it to stop.
class DetectorPreview : public QObject {
    Q_OBJECT
public:
    struct Request {
        const steps::FrameStep* detector = nullptr;
        steps::ParamValues params;
        std::string path;                     // the frame whose verdict is wanted
        std::vector<std::string> neighbours;  // nearby frames of its sequence
    };
    struct Result {
        std::string path;
        std::optional<Detection> detection;
        QString problem;
        double milliseconds = 0;
    };

    explicit DetectorPreview(QObject* parent = nullptr);
    ~DetectorPreview() override;

    void request(Request request);
    bool isBusy() const { return m_latest.busy(); }

signals:
    void detected(const hb::app::DetectorPreview::Result& result);

private:
    LatestRequest<Request, Result> m_latest;
};

} // namespace hb::app
