#include "command_line.h"
#include "commands.h"
#include "sequence_inputs.h"

#include "core/json_text.h"
#include "core/error.h"
#include "export/movie_export.h"
#include "render/colormap.h"
#include "kernel/step_registry.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace hb::cli {

namespace {

std::pair<double, double> parsePair(const CommandLine& cl, const std::string& name)
{
    const std::string text = *cl.value(name);
    double a = 0, b = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%lf,%lf%c", &a, &b, &tail) != 2 || !(b > a))
        throw UsageError("--" + name + " takes LOW,HIGH with LOW < HIGH, not '" + text + "'");
    return {a, b};
}

render::Stretch parseStretch(const std::string& text)
{
    for (auto s : {render::Stretch::Linear, render::Stretch::Sqrt, render::Stretch::Log, render::Stretch::Asinh,
                   render::Stretch::HistogramEqualization})
        if (render::stretchName(s) == text)
            return s;
    throw UsageError("--stretch is one of linear, sqrt, log, asinh, histeq");
}

} // namespace

int runMovie(const std::vector<std::string>& args, const steps::StepRegistry& registry)
{
    const CommandLine cl(args, {"json", "overwrite", "no-time", "no-instrument", "no-number", "colour-bar", "scale-bar", "no-frame-list"},
                         {"out", "pipeline", "format", "fps", "width", "limits", "percentiles", "stretch", "colormap", "title",
                          "flags", "products", "frame-list", "threads", "sequence"},
                         {"skip"});
    if (cl.positional().empty())
        throw UsageError("movie takes at least one input (files or folders)");
    if (!cl.value("out"))
        throw UsageError("movie needs --out FILE (.mp4 .avi .webm .gif) or --out DIR (PNG frames)");

    exporting::MovieOptions options;
    options.output = *cl.value("out");
    if (const auto format = cl.value("format")) {
        options.format = exporting::movieFormatFromName(*format);
        if (!options.format)
            throw UsageError("--format is one of mp4, avi, webm, gif, png");
    }
    options.framesPerSecond = static_cast<double>(cl.integer("fps", 10, 1, 120));
    options.width = static_cast<int>(cl.integer("width", 0, 0, 8192));
    if (cl.value("limits")) {
        const auto [low, high] = parsePair(cl, "limits");
        options.limits = render::DisplayRange{low, high};
    }
    if (cl.value("percentiles")) {
        const auto [low, high] = parsePair(cl, "percentiles");
        if (low < 0 || high > 100)
            throw UsageError("--percentiles are between 0 and 100");
        options.lowPercent = low;
        options.highPercent = high;
    }
    options.stretch = parseStretch(cl.value("stretch").value_or("linear"));
    options.colormap = cl.value("colormap").value_or("");
    if (!options.colormap.empty() && !render::isColormap(options.colormap))
        throw UsageError("--colormap '" + options.colormap + "' is not one of the colour maps (heliobench-cli steps lists them in the display settings)");
    options.annotations.timeStamp = !cl.has("no-time");
    options.annotations.instrument = !cl.has("no-instrument");
    options.annotations.frameNumber = !cl.has("no-number");
    options.annotations.colourBar = cl.has("colour-bar");
    options.annotations.scaleBar = cl.has("scale-bar");
    options.annotations.title = cl.value("title").value_or("");
    options.overwrite = cl.has("overwrite");
    options.productsDir = cl.value("products").value_or("");
    options.frameListPath = cl.has("no-frame-list") ? std::string() : cl.value("frame-list").value_or(options.output + ".frames.csv");
    options.threads = static_cast<unsigned>(cl.integer("threads", 0, 0, 256));
    for (const std::string& path : cl.values("skip"))
        options.skipped.insert(path);
    const auto flagged = flagsOption(cl);
    if (flagged)
        options.flagged = [&flagged](const std::string& path) { return flagged->reason(path); };
    const steps::Pipeline pipeline = pipelineOption(cl, registry);

    std::size_t unreadable = 0;
    const auto sequences = collectSequences(cl.positional(), cl.value("sequence"), unreadable);
    if (sequences.empty())
        throw Error(cl.positional().front(), "holds no frame with an image to make a movie of");
    if (sequences.size() > 1) {
        std::string labels;
        for (const auto& s : sequences)
            labels += "\n  '" + s.label + "' (" + std::to_string(s.frames.size()) + " frames)";
        throw UsageError("the inputs hold " + std::to_string(sequences.size()) +
                         " sequences; a movie shows one: choose it with --sequence LABEL:" + labels);
    }
    // --skip names files as the user typed them; the sequence holds them as found.
    for (const CatalogEntry& entry : sequences.front().frames)
        for (const std::string& skip : cl.values("skip"))
            if (std::filesystem::equivalent(skip, entry.info.path))
                options.skipped.insert(entry.info.path);

    const exporting::MovieReport report = exporting::exportMovie(
        pipeline, sequences.front(), registry, options, {.progress = [](const steps::Progress& p) {
            // A counter on a terminal; in a log it would be hundreds of lines.
            if (::isatty(2))
                std::cerr << "\rmovie: " << p.done << " / " << p.total << " frames" << std::flush;
        }});
    if (::isatty(2))
        std::cerr << '\n';
    using S = exporting::FrameRecord::Status;
    for (const auto& frame : report.frames) {
        if (frame.status != S::Included)
            std::cerr << frame.path << ": " << exporting::frameStatusName(frame.status) << " (" << frame.reason << ")\n";
        if (cl.has("json"))
            std::cout << jsonText(nlohmann::ordered_json{{"file", frame.path},
                                                {"time", frame.time},
                                                {"status", exporting::frameStatusName(frame.status)},
                                                {"reason", frame.reason},
                                                {"movie_frame", frame.movieFrame >= 0 ? nlohmann::ordered_json(frame.movieFrame + 1)
                                                                                      : nlohmann::ordered_json()}})
                      << '\n';
    }
    std::cerr << "movie: " << report.output << " (" << exporting::movieFormatName(report.format) << ", " << report.size.width
              << " x " << report.size.height << ", " << report.framesPerSecond << " fps): " << report.written << " frames; "
              << report.count(S::Flagged) << " flagged, " << report.count(S::Skipped) << " skipped, " << report.count(S::Rejected)
              << " rejected, " << report.count(S::Failed) << " failed; display range " << report.range.low << " .. "
              << report.range.high << (options.frameListPath.empty() ? "" : "; frame list " + options.frameListPath) << '\n';
    return report.count(S::Failed) > 0 || unreadable > 0 ? 1 : 0;
}

} // namespace hb::cli
