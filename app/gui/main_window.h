#pragma once

#include "catalog/catalog_entry.h"
#include "catalog/sequence_selector.h"
#include "frame_presenter.h"
#include "geometry/solar_wcs.h"
#include "playback_controller.h"
#include "processed_frames.h"
#include "review/flag_store.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace hb::widgets {
class CompareView;
class HeaderView;
class HistogramView;
class ImageView;
} // namespace hb::widgets

namespace hb::app {

class BackgroundScan;
class CatalogPanel;
class ComparePresenter;
class DetectorPanel;
class ReviewPanel;
class ReviewSession;
class DisplayToolBar;
class ExportWorkspace;
class PipelinePanel;
class PreviewPanel;
class ProcessingController;
class SequencePanel;

// The workbench window. It composes docks and actions only; reading, identifying and grouping
// happen in processing/ on worker threads.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString& folder);
    int catalogFileCount() const;
    const Frame* currentFrame() const { return m_frame.get(); }
    PipelinePanel* pipelinePanel() const noexcept { return m_pipelinePanel; }
    PreviewPanel* previewPanel() const noexcept { return m_previewPanel; }
    ProcessingController* processing() const noexcept { return m_processing; }
    ReviewSession* review() const noexcept { return m_review; }
    ReviewPanel* reviewPanel() const noexcept { return m_reviewPanel; }
    DetectorPanel* detectorPanel() const noexcept { return m_detectorPanel; }
    CatalogPanel* catalog() const noexcept { return m_catalog; }
    SequencePanel* sequencePanel() const noexcept { return m_sequencePanel; }
    ExportWorkspace* exportWorkspace() const noexcept { return m_export; }
    widgets::ImageView* frameView() const noexcept { return m_view; }
    // The sequence entry `entry` belongs to (catalog/sequence_selector.h: the CLI's rule), over
    // all days or its own day only: what movies, backgrounds and previews run over.
    FrameSequence sequenceOf(int entry, bool allDays) const;
    // The catalog entry of the frame on screen (not one still loading); -1 for none.
    int shownEntry() const noexcept { return m_shownEntry; }

signals:
    void scanFinished();
    void frameShown();

private:
    void buildDocks();
    void buildMenus();
    void buildStatusBar();
    void bindPlaybackKeys();
    void bindReview();
    void onMarksChanged();
    void showReviewCounts();
    void stepReviewed(void (PlaybackController::*step)());
    void jumpTo(const std::function<bool(const review::FrameMark&)>& wanted, int direction, const QString& none);
    void showPath(const QString& path);
    void showDetection(const QString& path, const std::optional<Detection>& detection);
    std::vector<std::string> nearbyPaths() const;
    // Files of the shown frame's detector and size in time order, flagged ones left out.
    std::vector<std::string> sequenceOfShownFrame() const;
    // What the Image tab shows for a file: the file as read, or with "Show Processed Frames" on,
    // the frame through the Pipeline dock's pipeline (unset then means as read).
    FramePresenter::FrameSource shownFrameSource();
    bool showsProcessed() const;
    // Readable frames of the detector of `around` with its size, in time order; of its day only
    // when `sameDay`.
    std::vector<int> framesOfInstrument(int around, bool sameDay) const;
    void chooseFolder();
    void onScanProgress(int done, int total);
    void onScanFinished(bool cancelled);
    void setSequence(const std::vector<int>& sequence, int position, bool keepPlaying);
    void showEntry(int index);
    void presentCurrent();
    void onPresented(const FramePresenter::Result& result);
    void rememberRecentFolder(const QString& folder);
    void rebuildRecentMenu();
    void showSequencePosition(int position);
    void refreshCompare();
    std::vector<std::string> filesToProcess(int scope) const;
    const CatalogEntry& entry(int index) const;

    CatalogPanel* m_catalog;
    BackgroundScan* m_scan;
    DisplayToolBar* m_display;
    widgets::ImageView* m_view;
    widgets::HeaderView* m_headerView;
    widgets::HistogramView* m_histogram;
    widgets::CompareView* m_compare;
    QTabWidget* m_centreTabs;
    SequencePanel* m_sequencePanel;
    PipelinePanel* m_pipelinePanel;
    PreviewPanel* m_previewPanel;
    ProcessingController* m_processing = nullptr;
    ReviewSession* m_review;
    ReviewPanel* m_reviewPanel;
    DetectorPanel* m_detectorPanel;
    ExportWorkspace* m_export = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_showProcessed = nullptr;
    QLabel* m_readout;
    QLabel* m_status;
    QProgressBar* m_progress;
    QToolButton* m_cancelScan;
    FramePresenter m_presenter;
    ProcessedFrames m_processedFrames;
    FramePresenter::FrameSource m_frameSource;  // of the last frame asked for, for its prefetch too
    std::unique_ptr<ComparePresenter> m_comparePresenter;
    render::DisplayRange m_shownRange;                // of the frame on screen
    std::optional<render::DisplayRange> m_playRange;  // one range for the whole playback: no strobing
    std::vector<int> m_sequence;                      // entry numbers of the frames being browsed or played
    std::shared_ptr<const Frame> m_frame;
    std::optional<geometry::SolarWcs> m_wcs;  // of m_frame, parsed once, used on every mouse move
    int m_currentEntry = -1;
    int m_shownEntry = -1;
    QString m_folder;
};

} // namespace hb::app
