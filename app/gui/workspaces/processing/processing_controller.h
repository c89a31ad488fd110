#pragma once

#include "workspaces/processing/pipeline_panel.h"
#include "workspaces/processing/preview_presenter.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hb::app {

class PipelineApplier;
class PreviewPanel;

// Ties the pipeline dock to the live preview and to "apply": a changed parameter, step choice or
// frame asks the preview presenter again (only while the Processing tab is on screen and live
// preview is on); "apply to" lists the files of the scope and hands them to the applier.
class ProcessingController : public QObject {
    Q_OBJECT
public:
    using FileLister = std::function<std::vector<std::string>(PipelinePanel::Scope)>;
    // The files of the sequence the frame on screen belongs to, in time order, flagged ones
    // left out (the frame on screen is always in it).
    using SequenceLister = std::function<std::vector<std::string>()>;

    ProcessingController(PipelinePanel* panel, PreviewPanel* preview, QWidget* window, FileLister lister,
                         SequenceLister sequenceLister = {});
    ~ProcessingController() override;

    // The frame on screen and how it is drawn (colour map, stretch, percentile limits).
    void setFrame(std::shared_ptr<const Frame> frame, const render::DisplaySettings& display, double lowPercent,
                  double highPercent, bool maskOverlay);
    void setPreviewShown(bool shown);  // the Processing tab is the one on screen
    PipelineApplier& applier() const noexcept { return *m_applier; }
    PreviewPresenter& presenter() noexcept { return m_presenter; }

signals:
    void previewShown(const hb::app::PreviewPresenter::Result& result);

private:
    void refresh();
    void apply(PipelinePanel::Scope scope);
    // The same-range choice's default for the chosen step: on when the step keeps the units.
    void chooseRangeDefault();
    steps::StepChain::SequenceSlot sequenceSlot();

    PipelinePanel* m_panel;
    PreviewPanel* m_preview;
    QWidget* m_window;
    FileLister m_lister;
    SequenceLister m_sequenceLister;
    // Kept while the sequence stays the same, so neighbours computed for one frame serve the next.
    std::shared_ptr<steps::SequenceEngine> m_engine;
    PreviewPresenter m_presenter;
    std::unique_ptr<PipelineApplier> m_applier;
    std::shared_ptr<const Frame> m_frame;
    render::DisplaySettings m_display;
    double m_lowPercent = 1.0, m_highPercent = 99.5;
    bool m_maskOverlay = false;
    bool m_shown = false;
    bool m_holdRefresh = false;
};

} // namespace hb::app
