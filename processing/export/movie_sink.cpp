#include "export/movie_sink.h"

#include "core/error.h"
#include "export/gif_encoder.h"
#include "io/atomic_output.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <cstdio>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace hb::exporting {

namespace fs = std::filesystem;

std::string_view movieFormatName(MovieFormat format) noexcept
{
    switch (format) {
    case MovieFormat::Mp4: return "mp4";
    case MovieFormat::Avi: return "avi";
    case MovieFormat::WebM: return "webm";
    case MovieFormat::Gif: return "gif";
    case MovieFormat::PngFrames: return "png";
    }
    return "mp4";
}

std::optional<MovieFormat> movieFormatFromName(std::string_view name) noexcept
{
    for (MovieFormat f : {MovieFormat::Mp4, MovieFormat::Avi, MovieFormat::WebM, MovieFormat::Gif, MovieFormat::PngFrames})
        if (movieFormatName(f) == name)
            return f;
    return std::nullopt;
}

MovieFormat movieFormatForPath(const std::string& path) noexcept
{
    std::string extension = fs::path(path).extension().string();
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == ".mp4" || extension == ".m4v")
        return MovieFormat::Mp4;
    if (extension == ".avi")
        return MovieFormat::Avi;
    if (extension == ".webm")
        return MovieFormat::WebM;
    if (extension == ".gif")
        return MovieFormat::Gif;
    return MovieFormat::PngFrames;
}

namespace {

void requireSize(const cv::Mat& bgr, cv::Size size, const std::string& path)
{
    if (bgr.type() != CV_8UC3 || bgr.size() != size)
        throw Error(path, "a movie frame of another size or type was given");
}

// MP4 (H.264), AVI (Motion JPEG) and WebM (VP9) through OpenCV's FFmpeg back end.
class VideoSink final : public MovieSink {
public:
    VideoSink(MovieFormat format, const std::string& path, cv::Size size, double fps, bool overwrite)
        : m_output(path, overwrite, io::AtomicOutput::TempName::KeepExtension)
        , m_size(size)
    {
        const int fourcc = format == MovieFormat::Mp4   ? cv::VideoWriter::fourcc('a', 'v', 'c', '1')
                           : format == MovieFormat::Avi ? cv::VideoWriter::fourcc('M', 'J', 'P', 'G')
                                                        : cv::VideoWriter::fourcc('V', 'P', '9', '0');
        const char* codec = format == MovieFormat::Mp4 ? "H.264" : format == MovieFormat::Avi ? "Motion JPEG" : "VP9";
        if (!m_writer.open(m_output.tempPath(), cv::CAP_FFMPEG, fourcc, fps, size, true))
            throw Error(path, std::string("cannot be written: this machine's OpenCV/FFmpeg has no ") + codec +
                                  " encoder (Debian: libavcodec59 with libx264 / libvpx)");
    }
    void add(const cv::Mat& bgr) override
    {
        requireSize(bgr, m_size, m_output.finalPath());
        m_writer.write(bgr);
        ++m_frames;
    }
    void finish() override
    {
        m_writer.release();
        std::error_code ec;
        if (fs::file_size(m_output.tempPath(), ec) == 0 || ec)
            throw Error(m_output.finalPath(), "the encoder wrote nothing (disk full?)");
        m_output.commit();
    }
    std::size_t framesWritten() const noexcept override { return m_frames; }

private:
    io::AtomicOutput m_output;
    cv::Size m_size;
    cv::VideoWriter m_writer;
    std::size_t m_frames = 0;
};

class GifSink final : public MovieSink {
public:
    GifSink(const std::string& path, cv::Size size, double fps, bool overwrite)
        : m_output(path, overwrite)
        , m_encoder(m_output.tempPath(), size.width, size.height, fps)
    {
    }
    void add(const cv::Mat& bgr) override
    {
        m_encoder.addFrame(bgr);
        ++m_frames;
    }
    void finish() override
    {
        m_encoder.finish();
        m_output.commit();
    }
    std::size_t framesWritten() const noexcept override { return m_frames; }

private:
    io::AtomicOutput m_output;
    GifEncoder m_encoder;
    std::size_t m_frames = 0;
};

// frame_00001.png ... in a folder that appears whole: written as a hidden sibling, renamed.
class PngFramesSink final : public MovieSink {
public:
    PngFramesSink(const std::string& path, cv::Size size, bool overwrite)
        : m_final(fs::path(path).lexically_normal())
        , m_size(size)
        , m_overwrite(overwrite)
    {
        if (m_final.filename().empty())
            m_final = m_final.parent_path();
        if (!overwrite && fs::exists(m_final))
            throw Error(path, "exists already; choose another folder or allow overwriting");
        const fs::path parent = m_final.has_parent_path() ? m_final.parent_path() : fs::path(".");
        if (!fs::is_directory(parent))
            throw Error(path, "cannot be made: the folder " + parent.string() + " does not exist");
        m_temp = parent / ("." + m_final.filename().string() + ".tmp-" + std::to_string(::getpid()));
        std::error_code ec;
        fs::remove_all(m_temp, ec);
        if (!fs::create_directory(m_temp, ec))
            throw Error(path, "cannot be made: " + ec.message());
    }
    ~PngFramesSink() override
    {
        if (!m_finished) {
            std::error_code ec;
            fs::remove_all(m_temp, ec);
        }
    }
    void add(const cv::Mat& bgr) override
    {
        requireSize(bgr, m_size, m_final.string());
        char name[32];
        std::snprintf(name, sizeof name, "frame_%05zu.png", m_frames + 1);
        if (!cv::imwrite((m_temp / name).string(), bgr))
            throw Error(m_final.string(), std::string("could not write ") + name + " (disk full?)");
        ++m_frames;
    }
    void finish() override
    {
        std::error_code ec;
        if (m_overwrite && fs::exists(m_final))
            fs::remove_all(m_final, ec);
        fs::rename(m_temp, m_final, ec);
        if (ec)
            throw Error(m_final.string(), "could not move the finished frames into place: " + ec.message());
        m_finished = true;
    }
    std::size_t framesWritten() const noexcept override { return m_frames; }

private:
    fs::path m_final;
    fs::path m_temp;
    cv::Size m_size;
    bool m_overwrite;
    bool m_finished = false;
    std::size_t m_frames = 0;
};

} // namespace

std::unique_ptr<MovieSink> openMovieSink(MovieFormat format, const std::string& path, cv::Size size, double framesPerSecond,
                                         bool overwrite)
{
    if (!(framesPerSecond > 0 && framesPerSecond <= 120))
        throw Error(path, "a frame rate between 0 and 120 frames per second is needed");
    switch (format) {
    case MovieFormat::Gif: return std::make_unique<GifSink>(path, size, framesPerSecond, overwrite);
    case MovieFormat::PngFrames: return std::make_unique<PngFramesSink>(path, size, overwrite);
    default: return std::make_unique<VideoSink>(format, path, size, framesPerSecond, overwrite);
    }
}

} // namespace hb::exporting
