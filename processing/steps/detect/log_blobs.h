#pragma once

#include "core/detection.h"

#include <opencv2/core.hpp>

#include <vector>

namespace hb::steps::detect {

// Blobs by the scale-normalised Laplacian of Gaussian: local maxima of -sigma^2 LoG over space
// (3 x 3) and scale (the scales next to it) above `threshold`. Scales from minSigma to maxSigma
// in `scales` steps (linear, as blob_log does). Radius = sqrt(2) sigma. `valid` (CV_8U) limits
// where blobs may sit; may be empty.
struct LogBlobOptions {
    double minSigma = 1, maxSigma = 3;
    int scales = 3;
    double threshold = 0.1;
};
std::vector<Detection::Blob> findLogBlobs(const cv::Mat& image, const cv::Mat& valid, const LogBlobOptions& options);

} // namespace hb::steps::detect
