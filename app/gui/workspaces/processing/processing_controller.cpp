#include "workspaces/processing/processing_controller.h"

#include "compare_view.h"
#include "parameter_editors.h"
#include "workspaces/processing/pipeline_applier.h"
#include "workspaces/processing/preview_panel.h"
#include "run/sequence_engine.h"
#include "kernel/data_unit.h"
#include "kernel/step.h"
#include "kernel/step_registry.h"

#include <QMessageBox>

namespace hb::app {

ProcessingController::ProcessingController(PipelinePanel* panel, PreviewPanel* preview, QWidget* window, FileLister lister,
                                           SequenceLister sequenceLister)
    : QObject(window)
    , m_panel(panel)
    , m_preview(preview)
    , m_window(window)
    , m_lister(std::move(lister))
    , m_sequenceLister(std::move(sequenceLister))
    , m_presenter(steps::builtinSteps())
    , m_applier(std::make_unique<PipelineApplier>(window))
{
    connect(m_panel, &PipelinePanel::pipelineChanged, this, &ProcessingController::refresh);
    connect(m_panel, &PipelinePanel::currentStepChanged, this, [this] {
        chooseRangeDefault();
        refresh();
    });
    connect(m_panel, &PipelinePanel::livePreviewChanged, this, &ProcessingController::refresh);
    connect(m_preview, &PreviewPanel::afterChoiceChanged, this, &ProcessingController::refresh);
    connect(m_preview->compare(), &widgets::CompareView::modeChanged, this, [this](widgets::CompareView::Mode mode) {
        if (mode == widgets::CompareView::Mode::Difference)
            refresh();  // the difference is drawn only when asked for
    });
    connect(m_panel, &PipelinePanel::applyRequested, this, &ProcessingController::apply);
    connect(&m_presenter, &PreviewPresenter::previewed, this, [this](const PreviewPresenter::Result& result) {
        QString title;
        const auto& steps = m_panel->pipeline().steps;
        if (result.step >= 0 && static_cast<std::size_t>(result.step) < steps.size())
            if (const steps::Step* step = steps::builtinSteps().find(steps[static_cast<std::size_t>(result.step)].id))
                title = widgets::stepText(step->descriptor().title);
        m_preview->showResult(result, title);
        emit previewShown(result);
    });
}

ProcessingController::~ProcessingController() = default;

void ProcessingController::setFrame(std::shared_ptr<const Frame> frame, const render::DisplaySettings& display,
                                    double lowPercent, double highPercent, bool maskOverlay)
{
    m_maskOverlay = maskOverlay;
    m_frame = std::move(frame);
    m_display = display;
    m_lowPercent = lowPercent;
    m_highPercent = highPercent;
    if (m_frame) {
        // Switching the pipeline for another instrument refreshes once, below.
        m_holdRefresh = true;
        m_panel->setDetector(QString::fromStdString(m_frame->info.detector.value_or("")));
        m_holdRefresh = false;
    }
    refresh();
}

void ProcessingController::setPreviewShown(bool shown)
{
    m_shown = shown;
    refresh();
}

void ProcessingController::refresh()
{
    if (!m_shown || m_holdRefresh)
        return;
    if (!m_panel->livePreview()) {
        m_preview->showMessage(tr("Live preview is off (Pipeline dock)."));
        return;
    }
    if (!m_frame || m_frame->image.isEmpty()) {
        m_preview->showMessage(tr("Choose a frame with an image: the pipeline runs on it here, step by step."));
        return;
    }
    if (QString::fromStdString(m_frame->info.detector.value_or("")) != m_panel->detector())
        return;  // the pipeline of the next frame's instrument, asked for before that frame is here
    PreviewPresenter::Request request;
    request.frame = m_frame;
    request.pipeline = m_panel->pipeline();
    request.step = m_panel->currentStep();
    request.afterShowsResult = m_preview->afterShowsResult();
    request.display = m_display;
    request.lowPercent = m_lowPercent;
    request.highPercent = m_highPercent;
    request.maskOverlay = m_maskOverlay;
    request.wantDifference = m_preview->compare()->mode() == widgets::CompareView::Mode::Difference;
    request.sameRange = m_preview->sameRange();
    if (steps::needsSequence(request.pipeline, steps::builtinSteps()))
        request.sequence = sequenceSlot();
    m_presenter.preview(std::move(request));
}

void ProcessingController::chooseRangeDefault()
{
    // A step that keeps the units is judged by brightness: one range. One that changes them
    // (bias to DN/s, a ratio) would show one side flat: each its own.
    const steps::Pipeline& pipeline = m_panel->pipeline();
    const std::ptrdiff_t k = m_panel->currentStep();
    bool keepsUnits = false;
    if (k >= 0 && static_cast<std::size_t>(k) < pipeline.steps.size())
        if (const steps::Step* step = steps::builtinSteps().find(pipeline.steps[static_cast<std::size_t>(k)].id)) {
            try {
                keepsUnits = !step->units(step->normalise(pipeline.steps[static_cast<std::size_t>(k)].parameters)).gives;
            } catch (const Error&) {
                keepsUnits = false;  // parameters it refuses: the preview says why
            }
        }
    m_preview->setSameRange(keepsUnits);
}

steps::StepChain::SequenceSlot ProcessingController::sequenceSlot()
{
    if (!m_sequenceLister || !m_frame)
        return {};
    std::vector<std::string> paths = m_sequenceLister();
    if (!m_engine || m_engine->paths() != paths) {
        // Half a gigabyte of intermediate frames: a running difference or a smoothing window
        // over 1024 x 1024 frames stays cached while the scientist steps through the day.
        constexpr std::size_t kPreviewCacheBytes = 512ull << 20;
        m_engine = std::make_shared<steps::SequenceEngine>(std::move(paths), steps::builtinSteps(), kPreviewCacheBytes);
    }
    const std::size_t index = m_engine->indexOf(m_frame->info.path);
    if (index >= m_engine->size())
        return {};
    return {m_engine, index};
}

void ProcessingController::apply(PipelinePanel::Scope scope)
{
    std::vector<std::string> inputs = m_lister(scope);
    if (inputs.empty()) {
        QMessageBox::information(m_window, tr("Apply pipeline"), tr("There is no frame to apply the pipeline to: open a folder and choose a frame."));
        return;
    }
    const QString what = scope == PipelinePanel::Scope::Frame ? tr("this frame")
                         : scope == PipelinePanel::Scope::Day ? tr("this day")
                                                              : tr("the catalog");
    m_applier->chooseFolderAndStart(m_panel->pipeline(), std::move(inputs), what);
}

} // namespace hb::app
