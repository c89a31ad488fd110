#pragma once

#include <opencv2/core/utility.hpp>

namespace hb::render {

// Runs body(firstRow, endRow) over blocks of rows on OpenCV's worker threads: drawing a
// 2048 x 2048 frame is memory-bound work that both cores share.
template <class Body>
void forEachRowBlock(int rows, const Body& body)
{
    cv::parallel_for_(cv::Range(0, rows), [&](const cv::Range& r) { body(r.start, r.end); }, 16.0);
}

} // namespace hb::render
