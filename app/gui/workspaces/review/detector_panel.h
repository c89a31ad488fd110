#pragma once

#include "core/detection.h"
#include "workspaces/review/detector_batch.h"
#include "workspaces/review/detector_preview.h"
#include "kernel/step_registry.h"

#include <QWidget>

#include <functional>
#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace hb::widgets {
class ParameterForm;
}

namespace hb::app {

class ProposalList;
class ReviewSession;

// The Detectors dock: choose a detector, tune its parameters while its verdict on the frame on
// screen (with the frame's neighbours) is drawn over the image, run it over the frame's day or
// all days of its instrument to get proposals in the review database, and accept or dismiss them.
class DetectorPanel : public QWidget {
    Q_OBJECT
public:
    // The files to run over: the day of the frame on screen, or every day of its instrument.
    using FileLister = std::function<std::vector<std::string>(bool allDays)>;

    DetectorPanel(const steps::StepRegistry& registry, ReviewSession& session, FileLister files, QWidget* parent = nullptr);

    // The frame on screen and the nearby frames of its sequence (its temporal neighbours).
    void setFrame(const std::string& path, std::vector<std::string> nearby);
    void setPlaying(bool playing);  // no live verdicts while a movie plays: decoding comes first
    // The dock is on screen (its tab chosen): only then are verdicts worked out and drawn.
    void setActive(bool active);
    bool isActive() const noexcept { return m_active; }
    void setDetector(const QString& id);
    void setParameter(const std::string& key, const steps::ParamValue& value);
    const steps::FrameStep* detector() const noexcept { return m_detector; }
    int neighbourCount() const;
    bool overlayShown() const;
    void runOverDay();
    void setRunOverAllDays(bool allDays);
    void cancelRun();
    bool isRunning() const { return m_batch.isRunning(); }
    ProposalList* proposals() const noexcept { return m_proposals; }
    QString verdictText() const;

signals:
    // The detector's verdict on `path` to draw (none: clear the overlay).
    void overlayChanged(const QString& path, const std::optional<hb::Detection>& detection);
    void frameRequested(const QString& path);
    void runFinished(const hb::app::DetectorBatch::Summary& summary);

private:
    void refreshVerdict();
    void onDetected(const DetectorPreview::Result& result);
    void onRunFinished(const DetectorBatch::Summary& summary);

    const steps::StepRegistry& m_registry;
    ReviewSession& m_session;
    FileLister m_files;
    const steps::FrameStep* m_detector = nullptr;
    std::map<std::string, steps::ParamValues> m_values;  // per detector, kept while switching
    std::string m_path;
    std::vector<std::string> m_nearby;
    bool m_playing = false;
    bool m_active = false;
    DetectorPreview m_preview;
    DetectorBatch m_batch;
    QComboBox* m_choice;
    widgets::ParameterForm* m_form;
    QSpinBox* m_neighbours;
    QCheckBox* m_overlay;
    QLabel* m_verdict;
    QPushButton* m_run;
    QComboBox* m_runScope;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_runSummary;
    QString m_summaryDatabase;  // the review database the run summary speaks of
    ProposalList* m_proposals;
};

} // namespace hb::app
