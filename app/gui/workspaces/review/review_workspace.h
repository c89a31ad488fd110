#pragma once

#include "workspaces/image/frame_annotations.h"
#include "workspaces/image/frame_presenter.h"
#include "review/flag_store.h"

#include <QObject>

#include <functional>

class QMainWindow;
class QMenu;

namespace hb::widgets {
class ImageView;
}

namespace hb::app {

class CatalogPanel;
class DetectorPanel;
class ReviewKeyRouter;
class ReviewPanel;
class ReviewSession;
class SequencePanel;
class Session;

// Flagging and detectors: the review database of the folder, the Review and Detectors docks,
// the Review menu with its window-wide keys, review mode (a frame stepped past is reviewed),
// jumps to the next unreviewed or flagged frame, and the marks on the strip, the catalog and the
// image (badge, detector overlay), and the routing of the review keys to the frame.
class ReviewWorkspace : public QObject {
    Q_OBJECT
public:
    struct Context {
        Session* session = nullptr;
        CatalogPanel* catalog = nullptr;
        SequencePanel* sequencePanel = nullptr;
        widgets::ImageView* view = nullptr;
        std::function<const Frame*()> frameOnScreen;
        std::function<PixelMap()> asReadToShown;  // detectors look at the file as read
        std::function<void(const QString&)> showStatus;
        std::function<void(const QString&)> showProblem;  // kept in its own place until dismissed
    };

    ReviewWorkspace(QMainWindow* window, Context context);

    // Adds the Review and Detectors docks and fills the Review menu.
    void install(QMenu* reviewMenu);
    // The folder's review database (or none, with the reason in the status bar).
    void openForFolder(const QString& folder);

    ReviewSession* review() const noexcept { return m_review; }
    ReviewPanel* reviewPanel() const noexcept { return m_reviewPanel; }
    DetectorPanel* detectorPanel() const noexcept { return m_detectorPanel; }

    // Review mode: the frame on screen counts as reviewed when stepped past (not while playing).
    void markShownReviewedBeforeStep();
    // A frame reached the screen.
    void onFrameShown(const FramePresenter::Result& result);
    // The frame asked for cannot be shown; it can still be flagged.
    void onFrameFailed(int entry);
    // Marks of the strip, the catalog and the image badge, after a change of marks or sequence.
    void refreshMarks();

private:
    void showReviewCounts();
    void jumpTo(const std::function<bool(const review::FrameMark&)>& wanted, int direction, const QString& none);
    void showPath(const QString& path);
    void showDetection(const QString& path, const std::optional<Detection>& detection);

    QMainWindow* m_window;
    Context m_context;
    ReviewSession* m_review;
    ReviewPanel* m_reviewPanel;
    DetectorPanel* m_detectorPanel;
    ReviewKeyRouter* m_keys;
};

} // namespace hb::app
