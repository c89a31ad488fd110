// Times the transient detector's Canny + Hough and the LoG blob finder, and writes their inputs
// and results for tests/bench/compare_skimage.py, which runs scikit-image on the same arrays.
//   bench_detectors hough OUTDIR FILE...   frames of one instrument and size, in time order
//   bench_detectors blobs OUTDIR FILE...   small frames; the blobs of log10 of each
#include "io/file_reader.h"
#include "steps/detect/brightening.h"
#include "steps/detect/detect_support.h"
#include "steps/detect/detector_run.h"
#include "steps/detect/log_blobs.h"
#include "kernel/step_registry.h"

#include <opencv2/imgproc.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
namespace detect = hb::steps::detect;

double bestMs(int runs, const std::function<void()>& work)
{
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        work();
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return best;
}

void writeRaw(const std::string& path, const cv::Mat& m)
{
    std::ofstream out(path, std::ios::binary);
    for (int y = 0; y < m.rows; ++y)
        out.write(reinterpret_cast<const char*>(m.ptr(y)), static_cast<std::streamsize>(m.cols * m.elemSize()));
}

// The settings of the transient detector's defaults.
constexpr double kCannyLow = 40, kCannyHigh = 120;
constexpr int kVotes = 8;
constexpr double kMinLength = 10, kMaxGap = 1;

int hough(const std::string& outDir, const std::vector<std::string>& files)
{
    std::vector<hb::Frame> frames;
    for (const std::string& f : files)
        frames.push_back(hb::io::readFrame(f));
    std::vector<cv::Mat> logs;
    for (const hb::Frame& f : frames)
        logs.push_back(detect::levelledLog(detect::readOnlyView(f.image), detect::dataMask(f.image)));
    const auto& step = hb::steps::builtinSteps().frameStep("detect.transients", "bench");
    for (std::size_t i = 0; i < frames.size(); ++i) {
        std::vector<cv::Mat> neighbourLogs;
        std::vector<const hb::Frame*> neighbours;
        for (std::size_t k = i >= 2 ? i - 2 : 0; k <= std::min(frames.size() - 1, i + 2); ++k)
            if (k != i) {
                neighbourLogs.push_back(logs[k]);
                neighbours.push_back(&frames[k]);
            }
        auto [residual, valid] = detect::brightening(logs[i], neighbourLogs);
        cv::Mat interior;
        cv::erode(valid & detect::dataMask(frames[i].image), interior,
                  cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 7)), cv::Point(-1, -1), 1, cv::BORDER_CONSTANT,
                  cv::Scalar(0));
        std::vector<cv::Vec4i> segments;
        const double edgesMs = bestMs(5, [&] {
            cv::Mat edges = detect::brighteningEdges(residual, kCannyLow, kCannyHigh) & interior;
            segments.clear();
            cv::HoughLinesP(edges, segments, 1, CV_PI / 180, kVotes, kMinLength, kMaxGap);
        });
        hb::steps::RunContext context;
        context.neighbours = [&](const hb::Frame&) { return neighbours; };
        const double detectorMs = bestMs(3, [&] { step.apply(frames[i], step.defaults(), context); });
        const std::string stem = outDir + "/" + std::filesystem::path(files[i]).filename().string();
        writeRaw(stem + ".residual.f32", residual);
        writeRaw(stem + ".interior.u8", interior);
        writeRaw(stem + ".edges.u8", detect::brighteningEdges(residual, kCannyLow, kCannyHigh) & interior);
        nlohmann::json record = {{"file", files[i]}, {"width", residual.cols}, {"height", residual.rows},
                                 {"canny_hough_ms", edgesMs}, {"detector_ms", detectorMs}, {"segments", nlohmann::json::array()}};
        for (const cv::Vec4i& s : segments)
            record["segments"].push_back({s[0], s[1], s[2], s[3]});
        std::cout << record.dump() << '\n';
    }
    return 0;
}

int blobs(const std::string& outDir, const std::vector<std::string>& files, double threshold)
{
    for (const std::string& f : files) {
        const hb::Frame frame = hb::io::readFrame(f);
        cv::Mat image;
        cv::max(detect::readOnlyView(frame.image), 1.0, image);
        cv::log(image, image);
        image /= std::log(10.0);
        detect::LogBlobOptions options;
        options.minSigma = 0.7;
        options.maxSigma = 2.5;
        options.scales = 3;
        options.threshold = threshold;
        std::vector<hb::Detection::Blob> found;
        const double ms = bestMs(5, [&] { found = detect::findLogBlobs(image, {}, options); });
        const std::string stem = outDir + "/" + std::filesystem::path(f).filename().string();
        writeRaw(stem + ".log10.f32", image);
        nlohmann::json record = {{"file", f}, {"width", image.cols}, {"height", image.rows}, {"threshold", threshold},
                                 {"ms", ms}, {"blobs", nlohmann::json::array()}};
        for (const auto& b : found)
            record["blobs"].push_back({b.x, b.y, b.radius});
        std::cout << record.dump() << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_detectors hough|blobs OUTDIR FILE...\n");
        return 2;
    }
    const std::string mode = argv[1], outDir = argv[2];
    std::filesystem::create_directories(outDir);
    const std::vector<std::string> files(argv + 3, argv + argc);
    try {
        if (mode == "hough")
            return hough(outDir, files);
        if (mode == "blobs")
            return blobs(outDir, files, 0.05);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_detectors: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "bench_detectors: unknown mode %s\n", mode.c_str());
    return 2;
}
