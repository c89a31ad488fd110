#pragma once

#include "render/display_scaling.h"
#include "run/step_chain.h"

#include "latest_request.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace hb::app {

// The live preview: takes the frame on screen through the pipeline on a worker thread, keeping
// every step's output (steps::StepChain), so that a parameter change reruns only that step and
// those after it. Renders the frame before the chosen step and after it (or at the end).
//
// Requests are latest-wins: while one runs, only the newest waits. The running one is cancelled
// when it has become useless (another frame) or slow (over kPatienceMs): during a slider drag
// the quick ones finish, so the picture follows the slider instead of freezing until it stops.
class PreviewPresenter : public QObject {
    Q_OBJECT
public:
    struct Request {
        std::shared_ptr<const Frame> frame;
        steps::Pipeline pipeline;
        std::ptrdiff_t step = -1;  // -1: the input against the result
        bool afterShowsResult = false;
        render::DisplaySettings display;
        double lowPercent = 1.0, highPercent = 99.5;
        bool maskOverlay = false;  // tint masked pixels as the frame view does
        bool wantDifference = true;  // only the compare view's difference mode shows it
        // Both sides drawn with the range of the left one, so that a parameter's effect shows as
        // a change of brightness; off, each side has its own percentiles (units may differ).
        bool sameRange = false;
        // The frame's place in its sequence, for sequence steps (running difference...);
        // empty: the frame alone, and those steps say they need a sequence.
        steps::StepChain::SequenceSlot sequence;
    };
    struct Result {
        std::ptrdiff_t step = -1;
        QImage before, after, difference;  // difference: null unless same size and unit
        std::shared_ptr<const Frame> beforeFrame, afterFrame;
        render::DisplayRange beforeRange, afterRange;  // each picture has its own unless sameRange
        double differenceRange = 0.0;  // the value of after - before drawn white
        QString differenceUnit;
        QString problem;        // the first step that failed, and why
        std::ptrdiff_t failedStep = -1;
        bool rejected = false;  // the frame is refused on purpose by a selection step
        std::size_t stepsRun = 0;
        double computeMs = 0, renderMs = 0;
        double latencyMs = 0;   // from the request to the result on the UI thread
    };
    static constexpr int kPatienceMs = 150;

    explicit PreviewPresenter(const steps::StepRegistry& registry, QObject* parent = nullptr);
    ~PreviewPresenter() override;

    void preview(Request request);
    bool isBusy() const { return m_latest.busy(); }

signals:
    void previewed(const hb::app::PreviewPresenter::Result& result);

private:
    class PictureMemo;
    static Result make(const Request& request, const std::atomic<bool>& cancel, steps::StepChain& chain, PictureMemo& pictures);

    std::shared_ptr<steps::StepChain> m_chain;  // used by one request at a time
    std::shared_ptr<PictureMemo> m_pictures;    // likewise
    // One thread of its own: the chain's frames are then freed and allocated again by the same
    // thread, whose malloc arena keeps the memory; alternating pool threads each fault in their own.
    QThreadPool m_thread;
    QElapsedTimer m_requested;  // since the newest request
    LatestRequest<Request, Result> m_latest;
};

} // namespace hb::app
