#pragma once

#include "catalog/frame_cache.h"
#include "latest_request.h"
#include "workspaces/image/frame_presenter.h"
#include "render/display_scaling.h"

#include <QImage>
#include <QObject>

#include <memory>
#include <string>

namespace hb::app {

// Prepares the compare view's pictures off the UI thread: two frames rendered with the same
// display settings and range, and their difference when they have the same size. The newest pair asked
// for is always the one that ends on screen.
class ComparePresenter : public QObject {
    Q_OBJECT
public:
    explicit ComparePresenter(std::shared_ptr<FrameCache> cache, QObject* parent = nullptr);
    ~ComparePresenter() override;

    // Both frames as `source` makes them (unset: as read), drawn with `display.range`: the
    // range of the frame on screen, which fits only frames made the way it was.
    void compare(std::string pathA, std::string pathB, render::DisplaySettings display, FramePresenter::FrameSource source);

signals:
    void compared(const QImage& a, const QImage& b, const QImage& difference, double differenceRange, const QString& unit);
    void failed(const QString& problem);

private:
    struct Pair {
        std::string a, b;
        render::DisplaySettings display;
        FramePresenter::FrameSource source;
    };
    struct Pictures {
        QImage a, b, difference;
        double differenceRange = 0.0;
        QString unit;
        QString error;
    };
    std::shared_ptr<FrameCache> m_cache;
    LatestRequest<Pair, Pictures> m_latest;
};

} // namespace hb::app
