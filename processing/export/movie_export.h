#pragma once

#include "catalog/sequence_selector.h"
#include "export/movie_frame.h"
#include "export/movie_sink.h"
#include "export/sequence_export.h"
#include "kernel/pipeline.h"

#include <optional>
#include <string>

namespace hb::exporting {

// A movie of a sequence: what exportSequence() is asked for (frames left out, frame list,
// threads) plus how the movie looks.
struct MovieOptions : ExportOptions {
    std::string output;                 // movie file, or folder for PNG frames
    std::optional<MovieFormat> format;  // else from the output's extension
    double framesPerSecond = 10.0;
    int width = 0;                      // output width in pixels; 0: the frames' own
    // Display: the user's fixed limits, or these percentiles pooled over the sequence.
    std::optional<render::DisplayRange> limits;
    double lowPercent = 1.0;
    double highPercent = 99.5;
    render::Stretch stretch = render::Stretch::Linear;
    std::string colormap;               // empty: the instrument's
    Annotations annotations;
    std::string productsDir;            // cleaned FITS of every frame in the movie; empty: none
};

struct MovieReport : ExportReport {
    std::string output;
    MovieFormat format = MovieFormat::Mp4;
    cv::Size size;
    double framesPerSecond = 0;            // as the format stores it (GIF: in 1/100 s steps)
    render::DisplayRange range;
    std::size_t written = 0;               // movie frames; 0 when cancelled (nothing was written)
};

// exportSequence() into a movie sink (one display range for the whole movie from a sample of
// processed frames, frames rendered in parallel and encoded in order) and, when asked, a sink
// of cleaned FITS products. Errors without a file name are reported against the movie's path.
MovieReport exportMovie(const steps::Pipeline& pipeline, const FrameSequence& sequence, const steps::StepRegistry& registry,
                        const MovieOptions& options, const steps::RunContext& run = {});

} // namespace hb::exporting
