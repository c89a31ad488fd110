#pragma once

#include "core/frame.h"
#include "render/display_scaling.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <memory>
#include <optional>

namespace hb::app {

// Loads and renders frames off the UI thread. Asking for a new frame while one is on its way
// makes the older result stale: it is dropped when it arrives, so the view always ends on the
// last frame asked for.
class FramePresenter : public QObject {
    Q_OBJECT
public:
    struct Request {
        std::string path;
        render::DisplaySettings display;
        bool autoRange = true;        // percentiles below instead of display.range
        double lowPercent = 1.0, highPercent = 99.5;
    };
    struct Result {
        std::shared_ptr<const Frame> frame;
        QImage picture;  // null for header-only files
        render::DisplayRange range;
    };

    explicit FramePresenter(QObject* parent = nullptr);
    ~FramePresenter() override;

    void present(Request request);

signals:
    void presented(const hb::app::FramePresenter::Result& result);
    void failed(const QString& path, const QString& problem);

private:
    struct Outcome {
        Result result;
        QString error;
        quint64 generation = 0;
        std::string path;
    };
    QFutureWatcher<Outcome> m_watcher;
    quint64 m_generation = 0;
    std::optional<Request> m_queued;
    void start(Request request);
};

} // namespace hb::app
