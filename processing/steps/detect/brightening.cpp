#include "steps/detect/brightening.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hb::steps::detect {

std::pair<cv::Mat, cv::Mat> reduced(const cv::Mat& values, const cv::Mat& hasData, int factor)
{
    if (factor <= 1)
        return {values, hasData};
    const cv::Size size(values.cols / factor, values.rows / factor);
    cv::Mat clean, small, anyMissing, smallData;
    values.copyTo(clean);
    clean.setTo(0, ~hasData);
    cv::patchNaNs(clean, 0);
    cv::dilate(clean, clean, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(factor, factor)), cv::Point(0, 0));
    cv::resize(clean, small, size, 0, 0, cv::INTER_NEAREST);
    cv::erode(hasData, anyMissing, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(factor, factor)), cv::Point(0, 0));
    cv::resize(anyMissing, smallData, size, 0, 0, cv::INTER_NEAREST);
    return {small, smallData};
}

cv::Mat levelledLog(const cv::Mat& values, const cv::Mat& hasData)
{
    cv::Mat logValues(values.size(), CV_32F);
    std::vector<float> sample;
    for (int y = 0; y < values.rows; ++y) {
        const float* v = values.ptr<float>(y);
        const unsigned char* m = hasData.ptr<unsigned char>(y);
        float* out = logValues.ptr<float>(y);
        for (int x = 0; x < values.cols; ++x) {
            out[x] = (m[x] && v[x] > 0) ? std::log10(v[x]) : std::numeric_limits<float>::quiet_NaN();
            if (std::isfinite(out[x]) && (x % 2 == 0) && (y % 2 == 0))
                sample.push_back(out[x]);
        }
    }
    if (!sample.empty()) {
        const auto middle = sample.begin() + static_cast<std::ptrdiff_t>(sample.size() / 2);
        std::nth_element(sample.begin(), middle, sample.end());
        logValues -= static_cast<double>(*middle);
    }
    return logValues;
}

std::pair<cv::Mat, cv::Mat> brightening(const cv::Mat& frameLog, const std::vector<cv::Mat>& neighbourLogs)
{
    cv::Mat residual(frameLog.size(), CV_32F), valid(frameLog.size(), CV_8U);
    std::vector<float> column(neighbourLogs.size());
    for (int y = 0; y < frameLog.rows; ++y) {
        const float* f = frameLog.ptr<float>(y);
        float* out = residual.ptr<float>(y);
        unsigned char* ok = valid.ptr<unsigned char>(y);
        for (int x = 0; x < frameLog.cols; ++x) {
            bool all = std::isfinite(f[x]);
            for (std::size_t k = 0; k < neighbourLogs.size() && all; ++k) {
                column[k] = neighbourLogs[k].ptr<float>(y)[x];
                all = std::isfinite(column[k]);
            }
            ok[x] = all ? 255 : 0;
            if (!all) {
                out[x] = 0;
                continue;
            }
            const auto middle = column.begin() + static_cast<std::ptrdiff_t>(column.size() / 2);
            std::nth_element(column.begin(), middle, column.end());
            out[x] = std::max(0.0f, f[x] - *middle);
        }
    }
    return {residual, valid};
}

cv::Mat brighteningEdges(const cv::Mat& residual, double low, double high)
{
    cv::Mat smooth, dx, dy, dx16, dy16, edges;
    cv::GaussianBlur(residual, smooth, cv::Size(0, 0), 1.0);
    cv::Sobel(smooth, dx, CV_32F, 1, 0, 3);
    cv::Sobel(smooth, dy, CV_32F, 0, 1, 3);
    // Canny takes 16-bit gradients: no 8-bit picture of the residual, no clipping of bright planets.
    dx.convertTo(dx16, CV_16S, kBrighteningScale);
    dy.convertTo(dy16, CV_16S, kBrighteningScale);
    cv::Canny(dx16, dy16, edges, low, high, true);
    return edges;
}

} // namespace hb::steps::detect
