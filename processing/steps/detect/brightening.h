#pragma once

#include <opencv2/core.hpp>

#include <utility>
#include <vector>

namespace hb::steps::detect {

// The pieces of the transient detector, shared with its benchmark against scikit-image.

// The frame reduced to `factor` times fewer pixels a side by the block maximum (thin bright
// trails survive it, a mean would wash them out) and its data mask (a block with any pixel
// missing is missing). factor <= 1 returns the inputs.
std::pair<cv::Mat, cv::Mat> reduced(const cv::Mat& values, const cv::Mat& hasData, int factor);

// log10 of the data pixels minus its median over the frame (exposure times drop out); NaN
// where there is no data.
cv::Mat levelledLog(const cv::Mat& values, const cv::Mat& hasData);

// Where the frame is brighter than the median of its neighbours, in dex (0 elsewhere), and the
// mask of where all of them have data. Static structure (streamers, occulter, vignetting)
// cancels; what moved or appeared (a planet and its bleed, a comet and its tail) stays.
std::pair<cv::Mat, cv::Mat> brightening(const cv::Mat& frameLog, const std::vector<cv::Mat>& neighbourLogs);

// Canny edges (8-bit mask) of a brightening after a Gaussian of sigma 1, thresholds on the
// Sobel gradient magnitude in units of 1/800 dex per pixel (so 40 and 120 are 0.05 and 0.15):
// what skimage.feature.canny(residual, sigma=1, low_threshold=0.05, high_threshold=0.15) does.
cv::Mat brighteningEdges(const cv::Mat& residual, double low, double high);
inline constexpr double kBrighteningScale = 800;

} // namespace hb::steps::detect
