#include "export/movie_export.h"

#include "export/fits_product_sink.h"
#include "export/gif_encoder.h"
#include "instruments/instrument_family.h"

#include "core/error.h"

#include <filesystem>

namespace hb::exporting {

namespace {

struct RenderedPicture final : SinkPiece {
    cv::Mat picture;
};

// Renders each frame with one display range and size for the whole movie, and encodes the
// pictures in order into the movie file (opened at the first picture, renamed at finish()).
class MovieFrameSink final : public SequenceSink {
public:
    MovieFrameSink(const MovieOptions& options, MovieReport& report) : m_options(options), m_report(report) {}

    void checkOutput() const override
    {
        if (!m_options.overwrite && std::filesystem::exists(m_options.output))
            throw Error(m_options.output, "exists already; choose another name or allow overwriting");
    }

    bool wantsSample() const override { return true; }

    void begin(const std::vector<const Frame*>& sample, const FrameSequence& sequence) override
    {
        std::vector<const Image*> images;
        const Frame* first = nullptr;
        for (const Frame* frame : sample)
            if (frame) {
                images.push_back(&frame->image);
                first = first ? first : frame;
            }
        m_settings.stretch = m_options.stretch;
        m_settings.colormap = !m_options.colormap.empty() ? m_options.colormap
                              : first && first->info.detector ? instruments::displayDefaultsFor(*first->info.detector).colormap
                                                              : std::string("gray");
        m_settings.range = m_options.limits ? *m_options.limits
                                            : sequenceDisplayRange(images, m_options.lowPercent, m_options.highPercent);
        m_report.range = m_settings.range;
        m_width = first ? first->image.width() : sequence.frames.front().info.width;
        m_height = first ? first->image.height() : sequence.frames.front().info.height;
        m_report.size = movieSize(m_width, m_height, m_options.width);
        m_count = sequence.frames.size();
    }

    std::unique_ptr<SinkPiece> prepare(const Frame& frame, std::size_t position) const override
    {
        if (frame.image.width() != m_width || frame.image.height() != m_height)
            throw Error(frame.info.path, "is " + std::to_string(frame.image.width()) + " x " + std::to_string(frame.image.height()) +
                                             " after the pipeline, the movie is " + std::to_string(m_width) + " x " +
                                             std::to_string(m_height));
        auto rendered = std::make_unique<RenderedPicture>();
        rendered->picture = renderMovieFrame(frame, m_settings, m_report.size, m_options.annotations, position, m_count);
        return rendered;
    }

    void add(std::unique_ptr<SinkPiece> piece, FrameRecord& record) override
    {
        if (!m_movie)
            m_movie = openMovieSink(m_report.format, m_options.output, m_report.size, m_options.framesPerSecond, m_options.overwrite);
        m_movie->add(static_cast<RenderedPicture&>(*piece).picture);
        record.movieFrame = static_cast<long>(m_report.written++);
    }

    void finish() override
    {
        if (m_movie)
            m_movie->finish();
    }

private:
    const MovieOptions& m_options;
    MovieReport& m_report;
    render::DisplaySettings m_settings;
    int m_width = 0, m_height = 0;
    std::size_t m_count = 0;
    std::unique_ptr<MovieSink> m_movie;  // its destructor removes a movie not finished
};

} // namespace

MovieReport exportMovie(const steps::Pipeline& pipeline, const FrameSequence& sequence, const steps::StepRegistry& registry,
                        const MovieOptions& options, const steps::RunContext& run)
{
    MovieReport report;
    report.output = options.output;
    report.format = options.format.value_or(movieFormatForPath(options.output));
    report.framesPerSecond = report.format == MovieFormat::Gif ? gifFrameRate(options.framesPerSecond) : options.framesPerSecond;
    MovieFrameSink movie(options, report);
    std::optional<FitsProductSink> products;
    std::vector<SequenceSink*> sinks{&movie};
    if (!options.productsDir.empty())
        sinks.push_back(&products.emplace(options.productsDir, options.overwrite));
    try {
        static_cast<ExportReport&>(report) = exportSequence(pipeline, sequence, registry, options, sinks, run);
    } catch (const steps::Cancelled&) {
        throw;
    } catch (const Error& e) {
        if (!e.file().empty())
            throw;
        throw Error(options.output, e.problem());
    }
    if (report.cancelled)
        report.written = 0;
    return report;
}

} // namespace hb::exporting
