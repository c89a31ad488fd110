#pragma once

#include "workspaces/image/frame_annotations.h"
#include "workspaces/image/frame_presenter.h"
#include "geometry/solar_wcs.h"
#include "workspaces/image/processed_frames.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QTimer;
class QWidget;

namespace hb::widgets {
class CompareView;
class HeaderView;
class HistogramView;
class ImageView;
} // namespace hb::widgets

namespace hb::app {

class PlaybackRange;
class DisplayToolBar;
class PipelinePanel;
class PreviousFrameCompare;
class SequencePanel;
class Session;

// The frame on screen and its sequence: the image view with the sequence strip and playback,
// the compare view, the header and histogram docks, the display toolbar, "Show Processed
// Frames" (the View menu), the playback keys and the pixel readout. It loads and renders off
// the UI thread and, once a frame is on screen, tells the other workspaces through frameShown().
class ImageWorkspace : public QObject {
    Q_OBJECT
public:
    struct Context {
        Session* session = nullptr;
        PipelinePanel* pipeline = nullptr;             // for processed frames
        std::function<void(const QString&)> showStatus;
        std::function<void(const QString&)> showProblem;  // kept in its own place until dismissed
        std::function<bool()> quietStatus;             // true while the scan reports in the status bar
        // Called before Left and Right step through the sequence (review mode marks the frame reviewed).
        std::function<void()> beforeStep;
    };

    ImageWorkspace(QMainWindow* window, Context context);
    ~ImageWorkspace() override;

    // Adds the Header and Histogram docks, the toolbar, the View menu and the playback keys.
    void install(QMenu* viewMenu, QLabel* readout);

    QWidget* framePage() const noexcept { return m_framePage; }  // the view above the sequence strip
    widgets::CompareView* compareView() const noexcept;
    widgets::ImageView* view() const noexcept { return m_view; }
    SequencePanel* sequencePanel() const noexcept { return m_sequencePanel; }
    DisplayToolBar* display() const noexcept { return m_display; }
    const Frame* currentFrame() const noexcept { return m_frame.get(); }
    std::shared_ptr<const Frame> frame() const noexcept { return m_frame; }
    // Pixels of the file as read to pixels of the frame on screen (unset: the same).
    const PixelMap& asReadToShown() const noexcept { return m_asReadToShown; }

    // The sequence to browse (entry numbers) and the position in it; playback goes on when asked.
    void setSequence(const std::vector<int>& sequence, int position, bool keepPlaying);
    void showEntry(int entry);
    void presentCurrent();
    // Only while the compare tab is on screen: it costs two renders and a difference per frame.
    void setCompareShown(bool shown);
    // Processed frames are computed again (a new folder).
    void forgetProcessedFrames();
    // A file the scan could not read was chosen: the view says so instead of showing a frame.
    void showUnreadable(const QString& path, const QString& reason);

signals:
    // A frame reached the screen: the presenter's result, with session->shownEntry() set.
    void frameShown(const hb::app::FramePresenter::Result& result);
    void sequenceChanged();
    void entryFollowed(int entry);  // playback moved to this entry: the catalog follows it
    // The frame asked for cannot be shown (unreadable, refused by the pipeline): the view says
    // why; session->shownEntry() is that entry, so that it can still be flagged.
    void frameFailed(int entry, const QString& problem);

private:
    void bindPlaybackKeys();
    void showSequencePosition(int position);
    FramePresenter::FrameSource shownFrameSource();
    bool showsProcessed() const;
    void onPresented(const FramePresenter::Result& result);
    void onFailed(const QString& path, const QString& problem);
    void showPending();
    void dropFrame();
    void showCaption(int entry, bool processed);
    // The kind of values the display's fixed limits are remembered for: as read, or the pipeline's unit.
    void showDataKind();
    // Playing: one range pooled over the sequence; stopped: none (each frame its own).
    // `valuesChanged` (pipeline, percentiles): the old range is dropped at once rather than
    // held until the new one comes.
    void restartPlaybackRange(bool valuesChanged);
    void refreshCompare();

    QMainWindow* m_window;
    Context m_context;
    DisplayToolBar* m_display;
    widgets::ImageView* m_view;
    widgets::HeaderView* m_headerView;
    widgets::HistogramView* m_histogram;
    SequencePanel* m_sequencePanel;
    QWidget* m_framePage;
    QAction* m_showProcessed = nullptr;
    QLabel* m_readout = nullptr;
    FramePresenter m_presenter;
    ProcessedFrames m_processedFrames;
    FramePresenter::FrameSource m_frameSource;  // of the last frame asked for, for its prefetch too
    PreviousFrameCompare* m_compare;
    render::DisplayRange m_shownRange;                // of the frame on screen
    std::optional<render::DisplayRange> m_playRange;  // one range for the whole playback: no strobing
    std::shared_ptr<const Frame> m_frame;
    std::optional<geometry::SolarWcs> m_wcs;  // of m_frame, parsed once, used on every mouse move
    PixelMap m_asReadToShown;
    QTimer* m_pendingMark;  // a frame slow to come gets a "being made" placeholder
    PlaybackRange* m_pooledRange;
};

} // namespace hb::app
