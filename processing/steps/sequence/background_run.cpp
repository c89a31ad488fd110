#include "steps/sequence/background_run.h"

#include "core/error.h"
#include "io/fits/fits_writer.h"
#include "run/sequence_engine.h"
#include "kernel/step.h"

#include <filesystem>

namespace hb::steps {

std::vector<BackgroundProduct> makeBackgrounds(
    const FrameSequence& sequence, const BackgroundRun& run, const StepRegistry& registry, const RunContext& context)
{
    std::vector<std::string> paths;
    for (const CatalogEntry& entry : sequence.frames)
        paths.push_back(entry.info.path);
    // The background copies each frame into its stack once: a cache only pays when sequence
    // steps ask for neighbours, and would otherwise double the peak memory.
    const std::size_t cacheBytes = needsSequence(run.pipeline, registry) ? (1ull << 30) : 0;
    SequenceEngine engine(paths, registry, cacheBytes);

    const std::vector<BackgroundJob> jobs = planBackgrounds(sequence, run.window);
    std::size_t total = 0, before = 0;
    for (const BackgroundJob& job : jobs)
        total += job.frames.size();
    std::vector<BackgroundProduct> products;
    for (const BackgroundJob& job : jobs) {
        BackgroundProduct product;
        product.path = (std::filesystem::path(run.folder) / job.fileName).string();
        if (!run.overwrite && std::filesystem::exists(product.path)) {
            product.problem = "exists already (not replaced)";
        } else {
            BackgroundReport report;
            try {
                const Frame background = computeBackground(
                    job.frames.size(), [&](std::size_t k) { return engine.result(run.pipeline, job.frames[k], context.cancel); },
                    run.model, report, {.cancel = context.cancel, .progress = [&](const Progress& p) {
                                            context.report(before + p.done, total, job.fileName);
                                        }});
                io::writeFitsFrame(background, product.path, {.overwrite = run.overwrite});
            } catch (const Cancelled&) {
                throw;
            } catch (const Error& e) {
                product.problem = e.what();
            }
            product.framesUsed = report.framesUsed;
            product.bands = report.bands;
            product.leftOut = std::move(report.leftOut);
        }
        before += job.frames.size();
        products.push_back(std::move(product));
    }
    return products;
}

} // namespace hb::steps
