#include "steps/detect/log_blobs.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace hb::steps::detect {

std::vector<Detection::Blob> findLogBlobs(const cv::Mat& image, const cv::Mat& valid, const LogBlobOptions& o)
{
    const int n = std::max(1, o.scales);
    std::vector<double> sigmas;
    for (int k = 0; k < n; ++k)
        sigmas.push_back(n == 1 ? o.minSigma : o.minSigma + (o.maxSigma - o.minSigma) * k / (n - 1));
    std::vector<cv::Mat> responses, localMax;
    for (double sigma : sigmas) {
        cv::Mat blurred, laplacian;
        cv::GaussianBlur(image, blurred, cv::Size(), sigma, sigma, cv::BORDER_REFLECT);
        cv::Laplacian(blurred, laplacian, CV_32F, 1, 1.0, 0.0, cv::BORDER_REFLECT);
        laplacian *= -sigma * sigma;  // bright blobs give positive, scale-comparable responses
        cv::Mat dilated;
        cv::dilate(laplacian, dilated, cv::Mat());
        responses.push_back(laplacian);
        localMax.push_back(dilated);
    }
    std::vector<Detection::Blob> blobs;
    for (int k = 0; k < n; ++k) {
        const cv::Mat& r = responses[static_cast<std::size_t>(k)];
        for (int y = 1; y + 1 < r.rows; ++y) {
            const float* row = r.ptr<float>(y);
            const float* peak = localMax[static_cast<std::size_t>(k)].ptr<float>(y);
            const float* below = k > 0 ? localMax[static_cast<std::size_t>(k - 1)].ptr<float>(y) : nullptr;
            const float* above = k + 1 < n ? localMax[static_cast<std::size_t>(k + 1)].ptr<float>(y) : nullptr;
            const unsigned char* ok = valid.empty() ? nullptr : valid.ptr<unsigned char>(y);
            for (int x = 1; x + 1 < r.cols; ++x) {
                const float v = row[x];
                if (v <= o.threshold || v < peak[x] || (below && v < below[x]) || (above && v < above[x]))
                    continue;
                if (ok && !ok[x])
                    continue;
                blobs.push_back({static_cast<float>(x), static_cast<float>(y),
                                 static_cast<float>(std::sqrt(2.0) * sigmas[static_cast<std::size_t>(k)])});
            }
        }
    }
    return blobs;
}

} // namespace hb::steps::detect
