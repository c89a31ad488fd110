#pragma once

#include "catalog/sequence_selector.h"
#include "core/frame.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace hb::widgets {
class ImageView;
}

namespace hb::app {

class BackgroundScan;
class CatalogPanel;
class DetectorPanel;
class ExportWorkspace;
class ImageWorkspace;
class PipelinePanel;
class PreviewPanel;
class ProcessingController;
class ProcessingWorkspace;
class ReviewPanel;
class ReviewSession;
class ReviewWorkspace;
class SequencePanel;
class Session;

// The workbench window. It composes the workspaces (image, review, processing, export) around
// the session and the catalog, and owns the folder's scan and the status bar; reading,
// identifying and grouping happen in processing/ on worker threads.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // With `detector` (a DETECTOR value: "COR2", "C2") the window shows that detector's first
    // frame once the scan is done, and plays its sequence when `play`.
    void openFolder(const QString& folder, const QString& detector = {}, bool play = false);
    int catalogFileCount() const;
    const Frame* currentFrame() const;
    Session* session() const noexcept { return m_session; }
    ImageWorkspace* imageWorkspace() const noexcept { return m_image; }
    ReviewWorkspace* reviewWorkspace() const noexcept { return m_reviewing; }
    ProcessingWorkspace* processingWorkspace() const noexcept { return m_processing; }
    ExportWorkspace* exportWorkspace() const noexcept { return m_export; }
    CatalogPanel* catalog() const noexcept { return m_catalog; }
    PipelinePanel* pipelinePanel() const;
    PreviewPanel* previewPanel() const;
    ProcessingController* processing() const;
    ReviewSession* review() const;
    ReviewPanel* reviewPanel() const;
    DetectorPanel* detectorPanel() const;
    SequencePanel* sequencePanel() const;
    widgets::ImageView* frameView() const;
    // The sequence entry `entry` belongs to (catalog/sequence_selector.h: the CLI's rule), over
    // all days or its own day only: what movies, backgrounds and previews run over.
    FrameSequence sequenceOf(int entry, bool allDays) const;
    // The catalog entry of the frame on screen (not one still loading); -1 for none.
    int shownEntry() const;
    // The last problem in the status bar's problem place; empty when none or dismissed.
    QString problemText() const;

protected:
    // Asks before edited pipelines that were never saved are lost.
    void closeEvent(QCloseEvent* event) override;

signals:
    void scanFinished();
    void frameShown();

private:
    void buildCentre();
    void arrangeDocks();
    void buildMenus();
    void buildStatusBar();
    void bindCatalog();
    void chooseFolder();
    void onScanProgress(int done, int total);
    void onScanFinished(bool cancelled);
    void rememberRecentFolder(const QString& folder);
    void rebuildRecentMenu();
    void showDetectorAsked();
    void showStatus(const QString& text);
    void showProblem(const QString& text);

    Session* m_session;
    CatalogPanel* m_catalog;
    BackgroundScan* m_scan;
    ProcessingWorkspace* m_processing;
    ImageWorkspace* m_image;
    ReviewWorkspace* m_reviewing;
    ExportWorkspace* m_export;
    QTabWidget* m_centreTabs;
    QMenu* m_recentMenu = nullptr;
    QString m_detectorToShow;  // after the scan, from the command line
    bool m_playWhenShown = false;
    QLabel* m_readout;
    QToolButton* m_problem;
    bool m_catalogSteppedAside = false;  // hidden for the Processing tab, to be shown again
    QLabel* m_status;
    QProgressBar* m_progress;
    QToolButton* m_cancelScan;
};

} // namespace hb::app
