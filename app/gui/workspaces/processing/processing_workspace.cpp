#include "workspaces/processing/processing_workspace.h"

#include "kernel/step_registry.h"
#include "workspaces/processing/preview_panel.h"
#include "workspaces/processing/processing_controller.h"
#include "session.h"
#include "workspaces/dock.h"

#include <QMainWindow>

#include <algorithm>

namespace hb::app {

ProcessingWorkspace::ProcessingWorkspace(QMainWindow* window, Session* session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_pipelinePanel(new PipelinePanel(steps::builtinSteps(), window))
    , m_previewPanel(new PreviewPanel(window))
{
    m_controller = new ProcessingController(
        m_pipelinePanel, m_previewPanel, window, [this](PipelinePanel::Scope scope) { return filesToProcess(scope); },
        // The frame on screen stays in, flagged or not, so that the scientist sees what a step makes of it.
        [session] { return session->unflaggedPaths(session->shownEntry(), session->shownEntry()); });
}

void ProcessingWorkspace::install()
{
    addDock(m_window, tr("Pipeline"), "PipelineDock", m_pipelinePanel, Qt::RightDockWidgetArea);
}

void ProcessingWorkspace::onFrameShown(const FramePresenter::Result& result, const render::DisplaySettings& display,
                                       QPointF percentiles, bool maskOverlay)
{
    m_controller->setFrame(result.original ? result.original : result.frame, display, percentiles.x(), percentiles.y(), maskOverlay);
}

std::vector<std::string> ProcessingWorkspace::filesToProcess(PipelinePanel::Scope scope) const
{
    const int currentEntry = m_session->currentEntry();
    if (currentEntry < 0)
        return {};
    const CatalogEntry& current = m_session->entry(currentEntry);
    if (scope == PipelinePanel::Scope::Frame)
        return {current.info.path};
    const auto dayOf = [](const CatalogEntry& e) { return e.info.time ? e.info.time->dayString() : std::string(); };
    const steps::Pipeline& pipeline = m_pipelinePanel->pipeline();
    std::vector<std::string> files;
    for (const CatalogEntry& e : m_session->entries()) {
        if (!e.ok || !e.hasPixels)
            continue;
        if (scope == PipelinePanel::Scope::Day) {
            if (e.info.detector == current.info.detector && dayOf(e) == dayOf(current))
                files.push_back(e.info.path);
            continue;
        }
        // The whole catalog: the frames every enabled step is meant for.
        const bool fits = std::all_of(pipeline.steps.begin(), pipeline.steps.end(), [&](const steps::PipelineStep& s) {
            const steps::Step* step = steps::builtinSteps().find(s.id);
            return !s.enabled || (step && step->appliesTo(e.info));
        });
        if (fits)
            files.push_back(e.info.path);
    }
    return files;
}

} // namespace hb::app
