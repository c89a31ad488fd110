#pragma once

#include "catalog/catalog_entry.h"
#include "frame_presenter.h"
#include "geometry/solar_wcs.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <vector>

class QComboBox;
class QLineEdit;
class QMenu;
class QLabel;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace hb::widgets {
class HeaderView;
class HistogramView;
class CompareView;
class ImageView;
} // namespace hb::widgets

namespace hb::app {

class CatalogPanel;
class SequencePanel;

// The workbench window. It composes docks and actions only; reading, identifying and grouping
// happen in processing/ on worker threads.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString& folder);
    int catalogFileCount() const { return static_cast<int>(m_entries.size()); }
    const Frame* currentFrame() const { return m_frame.get(); }

signals:
    void scanFinished();
    void frameShown();

private:
    void chooseFolder();
    void onScanFinished();
    void showEntry(int index);
    void cancelScan();
    void presentCurrent();
    void onPresented(const FramePresenter::Result& result);
    void showReadout(double x, double y);
    void rememberRecentFolder(const QString& folder);
    void rebuildRecentMenu();
    void showSequencePosition(int position);
    void refreshCompare();
    void loadDisplaySettings(const std::string& detector);

    CatalogPanel* m_catalog;
    QMenu* m_recentMenu = nullptr;
    widgets::ImageView* m_view;
    widgets::HeaderView* m_headerView;
    widgets::HistogramView* m_histogram;
    widgets::CompareView* m_compare;
    class QTabWidget* m_centreTabs;
    std::unique_ptr<class ComparePresenter> m_comparePresenter;
    std::optional<render::DisplayRange> m_manualRange;
    render::DisplayRange m_shownRange;  // of the frame on screen  // limits the user dragged; kept until "Auto limits"
    QComboBox* m_colormap;
    QComboBox* m_stretch;
    QComboBox* m_limits;
    QAction* m_maskOverlay = nullptr;
    QLabel* m_readout;
    SequencePanel* m_sequencePanel;
    std::vector<int> m_sequence;  // entry indices of the frames being browsed or played
    std::optional<render::DisplayRange> m_playRange;  // one range for the whole playback: no strobing
    FramePresenter m_presenter;
    std::shared_ptr<const Frame> m_frame;
    std::optional<geometry::SolarWcs> m_wcs;  // of m_frame, parsed once, used on every mouse move
    int m_currentEntry = -1;
    QLabel* m_status;
    QProgressBar* m_progress;
    QFutureWatcher<std::vector<CatalogEntry>> m_scan;
    std::atomic<bool> m_cancel{false};
    std::vector<CatalogEntry> m_entries;
    QString m_folder;
};

} // namespace hb::app
