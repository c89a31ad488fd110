#pragma once

#include <opencv2/core/mat.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hb::exporting {

enum class MovieFormat { Mp4, Avi, WebM, Gif, PngFrames };
std::string_view movieFormatName(MovieFormat format) noexcept;  // mp4 avi webm gif png
std::optional<MovieFormat> movieFormatFromName(std::string_view name) noexcept;
// By the output's extension (.mp4 .avi .webm .gif); a path without one of those is a folder
// of PNG frames.
MovieFormat movieFormatForPath(const std::string& path) noexcept;

// Where rendered frames go. Nothing exists at the final path until finish() succeeds: the
// movie is written under a temporary name in the same folder and renamed (a PNG sequence as
// a temporary folder). Destroyed without finish(), the partial output is removed.
class MovieSink {
public:
    virtual ~MovieSink() = default;
    virtual void add(const cv::Mat& bgr) = 0;  // CV_8UC3 of the size given at creation
    virtual void finish() = 0;
    virtual std::size_t framesWritten() const noexcept = 0;
};

// Throws hb::Error naming `path` when it exists and `overwrite` is false, when its folder is
// missing, or when the encoder is not available on this machine (WebM without libvpx...).
std::unique_ptr<MovieSink> openMovieSink(MovieFormat format, const std::string& path, cv::Size size, double framesPerSecond,
                                         bool overwrite);

} // namespace hb::exporting
