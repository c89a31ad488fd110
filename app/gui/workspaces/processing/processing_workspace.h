#pragma once

#include "workspaces/image/frame_presenter.h"
#include "workspaces/processing/pipeline_panel.h"

#include <QObject>

#include <string>
#include <vector>

class QMainWindow;

namespace hb::app {

class PreviewPanel;
class ProcessingController;
class Session;

// The pipeline being built and tuned: the Pipeline dock, the Processing tab with its live
// before/after preview, and "apply to" the frame, its day or the whole catalog.
class ProcessingWorkspace : public QObject {
    Q_OBJECT
public:
    ProcessingWorkspace(QMainWindow* window, Session* session);

    void install();  // the Pipeline dock
    PipelinePanel* pipelinePanel() const noexcept { return m_pipelinePanel; }
    PreviewPanel* previewPanel() const noexcept { return m_previewPanel; }
    ProcessingController* controller() const noexcept { return m_controller; }

    // A frame reached the Image tab: the Processing tab starts from the file as read.
    void onFrameShown(const FramePresenter::Result& result, const render::DisplaySettings& display, QPointF percentiles,
                      bool maskOverlay);
    // The files "apply to" works on: the frame asked for, its detector's day, or every frame of
    // the catalog each enabled step is meant for.
    std::vector<std::string> filesToProcess(PipelinePanel::Scope scope) const;

private:
    QMainWindow* m_window;
    Session* m_session;
    PipelinePanel* m_pipelinePanel;
    PreviewPanel* m_previewPanel;
    ProcessingController* m_controller;
};

} // namespace hb::app
