#pragma once

#include "core/detection.h"
#include "core/frame.h"
#include "kernel/step.h"

#include <opencv2/core.hpp>

#include <vector>

namespace hb::steps::detect {

// An empty verdict of the detector `info` for flags of `reason` (a flag reason key).
Detection newDetection(const StepDescriptor& info, std::string reason);

// The frame passed on unchanged, with `detection` added to what earlier detectors found.
Frame withDetection(const Frame& input, Detection detection);

// Side of the telemetry/compression blocks: 32 px per 1024 (LASCO 32 x 32, SECCHI 64 x 64 at 2048).
int autoBlockSize(const Image& image);

// Blocks of `block` x `block` pixels of which at least `minFraction` are zero or NaN.
std::vector<Detection::Region> emptyBlocks(const Image& image, int block, double minFraction);

// The pixels as a CV_32F matrix over the image's own buffer, for reading only.
cv::Mat readOnlyView(const Image& image);

// Pixels that hold data: finite and not zero (zeros are onboard masks or lost blocks in raw frames).
cv::Mat dataMask(const Image& image);  // CV_8U, 255 where there are data

// Median and 1.4826 x median absolute deviation of `values` where `mask` is set, from a regular
// subsample of at most about 200,000 pixels (the statistics of a frame, not of a detail).
struct RobustStats {
    double median = 0, sigma = 0;
};
RobustStats robustStats(const cv::Mat& values, const cv::Mat& mask);

// Per-pixel median of the neighbours that share the frame's size, each scaled to the frame's
// median level (exposures differ); empty when fewer than two neighbours fit.
cv::Mat neighbourMedian(const Frame& frame, const std::vector<const Frame*>& neighbours);

} // namespace hb::steps::detect
