#pragma once

#include "catalog/catalog_entry.h"
#include "frame_presenter.h"
#include "geometry/solar_wcs.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QTreeWidget;

namespace hb::widgets {
class HeaderView;
class ImageView;
} // namespace hb::widgets

namespace hb::app {

// The workbench window. It composes docks and actions only; reading, identifying and grouping
// happen in processing/ on worker threads.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString& folder);
    bool isScanning() const;
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
    void loadDisplaySettings(const std::string& detector);

    QTreeWidget* m_catalog;
    widgets::ImageView* m_view;
    widgets::HeaderView* m_headerView;
    QComboBox* m_colormap;
    QComboBox* m_stretch;
    QLabel* m_readout;
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
