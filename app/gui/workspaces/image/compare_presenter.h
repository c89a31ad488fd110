#pragma once

#include "catalog/frame_cache.h"
#include "latest_request.h"
#include "render/display_scaling.h"

#include <QImage>
#include <QObject>

#include <memory>
#include <string>

namespace hb::app {

// Prepares the compare view's pictures off the UI thread: two frames rendered with the same
// display settings, and their difference when they have the same size. The newest pair asked
// for is always the one that ends on screen.
class ComparePresenter : public QObject {
    Q_OBJECT
public:
    explicit ComparePresenter(std::shared_ptr<FrameCache> cache, QObject* parent = nullptr);
    ~ComparePresenter() override;

    void compare(std::string pathA, std::string pathB, render::DisplaySettings display);

signals:
    void compared(const QImage& a, const QImage& b, const QImage& difference);
    void failed(const QString& problem);

private:
    struct Pair {
        std::string a, b;
        render::DisplaySettings display;
    };
    struct Pictures {
        QImage a, b, difference;
        QString error;
    };
    std::shared_ptr<FrameCache> m_cache;
    LatestRequest<Pair, Pictures> m_latest;
};

} // namespace hb::app
