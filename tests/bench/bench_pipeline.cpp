// Live preview latency and batch throughput of the shipped Level 0.5 -> 1 pipelines.
// Offscreen: bench_pipeline SOURCE_DIR OUT_DIR FRAMES...  (all frames of one size and family)
//   1. preview: the PreviewPresenter on the first frame, the chosen step being the last one
//      (rebin) and then the first arithmetic one (bias); each of 15 parameter changes is timed
//      from the request to the rendered pictures on the UI thread; median and worst printed;
//   2. batch: steps::runBatch over every frame with 2 threads, written to OUT_DIR; frames/s.
#include "io/file_reader.h"
#include "workspaces/processing/preview_presenter.h"
#include "run/batch_runner.h"
#include "kernel/step_registry.h"

#include "core/allocator_tuning.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using hb::app::PreviewPresenter;
using namespace hb::steps;

struct Latency {
    double median = 0, worst = 0;
    std::size_t stepsRun = 0;
};

Latency measure(PreviewPresenter& presenter, PreviewPresenter::Request request, std::size_t step,
                const std::string& key, const std::vector<ParamValue>& values)
{
    QSignalSpy results(&presenter, &PreviewPresenter::previewed);
    request.step = static_cast<std::ptrdiff_t>(step);
    presenter.preview(request);  // brings the chain up to date for this step
    results.wait(60000);
    std::vector<double> ms;
    Latency l;
    for (int i = 0; i < 15; ++i) {
        ParamValues p = request.pipeline.steps[step].parameters;
        p[key] = values[static_cast<std::size_t>(i) % values.size()];
        request.pipeline.steps[step].parameters = builtinSteps().get(request.pipeline.steps[step].id, {}).normalise(p);
        results.clear();
        presenter.preview(request);
        if (!results.wait(60000))
            return l;
        const auto r = results.first()[0].value<PreviewPresenter::Result>();
        ms.push_back(r.latencyMs);
        if (qEnvironmentVariableIsSet("HB_BENCH_VERBOSE"))
            std::fprintf(stderr, "latency %.1f compute %.1f render %.1f steps %zu\n", r.latencyMs, r.computeMs, r.renderMs, r.stepsRun);
        l.stepsRun = r.stepsRun;
    }
    std::sort(ms.begin(), ms.end());
    l.median = ms[ms.size() / 2];
    l.worst = ms.back();
    return l;
}


} // namespace

int main(int argc, char** argv)
{
    hb::keepLargeBuffersForReuse();  // as the programs do
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_pipeline SOURCE_DIR OUT_DIR FRAMES...\n");
        return 2;
    }
    const std::string source = argv[1], out = argv[2];
    const std::vector<std::string> frames(argv + 3, argv + argc);
    const auto first = std::make_shared<const hb::Frame>(hb::io::readFrame(frames.front()));
    const bool lasco = first->info.detector == "C2" || first->info.detector == "C3";
    const Pipeline pipeline = loadPipeline(source + "/resources/pipelines/" + (lasco ? "lasco-l1.json" : "secchi-l1.json"), builtinSteps());
    // Rebin to the frame's own size: the preview then shows 2048 x 2048 pictures for 2048 x 2048 frames.
    Pipeline tuned = pipeline;
    const std::size_t rebin = findStep(tuned, "common.rebin");
    const std::string size = std::to_string(first->image.width());
    tuned.steps[rebin].parameters["size"] = size;

    PreviewPresenter presenter(builtinSteps());
    PreviewPresenter::Request request{first, tuned, -1};
    request.wantDifference = false;  // side by side, as the Processing tab opens
    const Latency last = measure(presenter, request, rebin, "mode", {std::string("sum"), std::string("mean"), std::string("auto")});
    const std::size_t bias = findStep(tuned, lasco ? "lasco.bias_exposure" : "secchi.bias");
    // The bias taken from a value the scientist tunes: every change reruns the bias step and all after it.
    request.pipeline.steps[bias].parameters[lasco ? "bias_source" : "source"] = std::string("value");
    const Latency early = measure(presenter, request, bias, lasco ? "bias_dn" : "value_dn", {400.0, 410.0, 420.0});
    std::printf("{\"size\": %d, \"pipeline\": \"%s\", \"preview_last_step_ms\": {\"median\": %.1f, \"worst\": %.1f, \"steps_run\": %zu}, "
                "\"preview_bias_step_ms\": {\"median\": %.1f, \"worst\": %.1f, \"steps_run\": %zu}, ",
                first->image.width(), pipeline.name.c_str(), last.median, last.worst, last.stepsRun, early.median, early.worst,
                early.stepsRun);

    std::filesystem::remove_all(out);
    BatchOptions options;
    options.outDir = out;
    options.layout = OutputLayout::Flat;
    options.threads = 2;
    Pipeline batch = pipeline;
    batch.steps[rebin].parameters["size"] = size;
    QElapsedTimer clock;
    clock.start();
    const BatchSummary summary = runBatch(batch, frames, options, builtinSteps());
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    std::printf("\"batch\": {\"frames\": %zu, \"written\": %zu, \"seconds\": %.2f, \"frames_per_s\": %.2f}}\n", frames.size(),
                summary.count(BatchItem::Status::Written), seconds, static_cast<double>(frames.size()) / seconds);
    return summary.count(BatchItem::Status::Written) == frames.size() ? 0 : 1;
}
