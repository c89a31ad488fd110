#include "steps/detect/log_blobs.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <utility>

namespace hb::steps::detect {

namespace {

// The Gaussian of `sigma` and its second derivative as 1-D kernels cut at 4 sigma: the kernels
// of scipy's gaussian_laplace, which blob_log uses. (A 3 x 3 Laplacian of a blurred image
// differs from it by tens of percent at sigma below 1, and moves blobs across the threshold.)
std::pair<cv::Mat, cv::Mat> gaussianKernels(double sigma)
{
    const int radius = static_cast<int>(4.0 * sigma + 0.5);
    cv::Mat g(2 * radius + 1, 1, CV_64F), g2(2 * radius + 1, 1, CV_64F);
    double sum = 0;
    for (int k = -radius; k <= radius; ++k)
        sum += g.at<double>(k + radius) = std::exp(-0.5 * k * k / (sigma * sigma));
    g /= sum;
    for (int k = -radius; k <= radius; ++k)
        g2.at<double>(k + radius) = g.at<double>(k + radius) * (k * k / std::pow(sigma, 4) - 1.0 / (sigma * sigma));
    return {g, g2};
}

cv::Mat laplacianOfGaussian(const cv::Mat& image, double sigma)
{
    const auto [g, g2] = gaussianKernels(sigma);
    cv::Mat xx, yy;
    cv::sepFilter2D(image, xx, CV_32F, g2, g, cv::Point(-1, -1), 0, cv::BORDER_REFLECT);
    cv::sepFilter2D(image, yy, CV_32F, g, g2, cv::Point(-1, -1), 0, cv::BORDER_REFLECT);
    return xx + yy;
}

} // namespace

std::vector<Detection::Blob> findLogBlobs(const cv::Mat& image, const cv::Mat& valid, const LogBlobOptions& o)
{
    const int n = std::max(1, o.scales);
    std::vector<double> sigmas;
    for (int k = 0; k < n; ++k)
        sigmas.push_back(n == 1 ? o.minSigma : o.minSigma + (o.maxSigma - o.minSigma) * k / (n - 1));
    std::vector<cv::Mat> responses, localMax;
    for (double sigma : sigmas) {
        cv::Mat laplacian = laplacianOfGaussian(image, sigma);
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
