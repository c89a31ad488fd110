#pragma once

#include "workspaces/image/frame_presenter.h"
#include "render/display_scaling.h"

#include <QObject>

#include <memory>

class QWidget;

namespace hb {
class FrameCache;
}
namespace hb::widgets {
class CompareView;
}

namespace hb::app {

class ComparePresenter;
class Session;

// The "Compare with previous frame" tab: the frame on screen (A) beside the one before it in the
// sequence (B), both named with their times, drawn alike, and their difference. It renders only
// while shown: two renders and a difference per frame are not free while playing.
class PreviousFrameCompare : public QObject {
    Q_OBJECT
public:
    // The view goes into `viewParent` (the window's tabs take it); the object lives as long as `parent`.
    PreviousFrameCompare(std::shared_ptr<FrameCache> cache, QWidget* viewParent, QObject* parent);
    ~PreviousFrameCompare() override;

    widgets::CompareView* view() const noexcept { return m_view; }
    void setShown(bool shown) noexcept { m_shown = shown; }
    bool isShown() const noexcept { return m_shown; }

    // The current entry of `session` and its predecessor, drawn with `display` (the range of the frame
    // on screen) and made by `source` as the frame on screen was, so that the range fits both.
    void refresh(const Session& session, const render::DisplaySettings& display, const FramePresenter::FrameSource& source);

signals:
    void status(const QString& text);
    void problem(const QString& text);

private:
    widgets::CompareView* m_view;
    std::unique_ptr<ComparePresenter> m_presenter;
    bool m_shown = false;
};

} // namespace hb::app
