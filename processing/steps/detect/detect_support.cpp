#include "steps/detect/detect_support.h"

#include <algorithm>
#include <cmath>

namespace hb::steps::detect {

Detection newDetection(const StepDescriptor& info, std::string reason)
{
    Detection d;
    d.detector = info.id;
    d.version = info.version;
    d.reason = std::move(reason);
    return d;
}

Frame withDetection(const Frame& input, Detection detection)
{
    Frame out = input;
    out.detections.push_back(std::move(detection));
    return out;
}

int autoBlockSize(const Image& image)
{
    return std::max(4, std::max(image.width(), image.height()) / 32);
}

std::vector<Detection::Region> emptyBlocks(const Image& image, int block, double minFraction)
{
    std::vector<Detection::Region> found;
    const auto needed = static_cast<long>(std::ceil(minFraction * block * block));
    for (int y0 = 0; y0 + block <= image.height(); y0 += block)
        for (int x0 = 0; x0 + block <= image.width(); x0 += block) {
            long empty = 0;
            for (int y = y0; y < y0 + block; ++y)
                for (int x = x0; x < x0 + block; ++x) {
                    const float v = image.at(x, y);
                    empty += (v == 0.0f || std::isnan(v)) ? 1 : 0;
                }
            if (empty >= needed)
                found.push_back({x0, y0, block, block});
        }
    return found;
}

cv::Mat readOnlyView(const Image& image)
{
    // cv::Mat has no read-only variant; callers only read through this view.
    return cv::Mat(image.height(), image.width(), CV_32F, const_cast<float*>(image.pixels().data()));
}

cv::Mat dataMask(const Image& image)
{
    cv::Mat mask(image.height(), image.width(), CV_8U);
    for (int y = 0; y < image.height(); ++y) {
        auto* row = mask.ptr<unsigned char>(y);
        for (int x = 0; x < image.width(); ++x) {
            const float v = image.at(x, y);
            row[x] = (std::isfinite(v) && v != 0.0f) ? 255 : 0;
        }
    }
    return mask;
}

RobustStats robustStats(const cv::Mat& values, const cv::Mat& mask)
{
    const int step = std::max(1, static_cast<int>(std::sqrt(static_cast<double>(values.total()) / 200000.0)));
    std::vector<float> sample;
    sample.reserve(values.total() / static_cast<std::size_t>(step * step) + 1);
    for (int y = 0; y < values.rows; y += step) {
        const float* v = values.ptr<float>(y);
        const unsigned char* m = mask.ptr<unsigned char>(y);
        for (int x = 0; x < values.cols; x += step)
            if (m[x] && std::isfinite(v[x]))
                sample.push_back(v[x]);
    }
    if (sample.empty())
        return {};
    const auto middle = sample.begin() + static_cast<std::ptrdiff_t>(sample.size() / 2);
    std::nth_element(sample.begin(), middle, sample.end());
    const double median = *middle;
    for (float& s : sample)
        s = static_cast<float>(std::abs(s - median));
    std::nth_element(sample.begin(), middle, sample.end());
    return {median, 1.4826 * *middle};
}

cv::Mat neighbourMedian(const Frame& frame, const std::vector<const Frame*>& neighbours)
{
    const int w = frame.image.width(), h = frame.image.height();
    std::vector<cv::Mat> scaled;
    const double level = robustStats(readOnlyView(frame.image), dataMask(frame.image)).median;
    for (const Frame* n : neighbours) {
        if (n->image.width() != w || n->image.height() != h)
            continue;
        const double otherLevel = robustStats(readOnlyView(n->image), dataMask(n->image)).median;
        cv::Mat m = readOnlyView(n->image).clone();
        if (otherLevel > 0 && level > 0)
            m *= level / otherLevel;
        scaled.push_back(m);
    }
    if (scaled.size() < 2)
        return {};
    cv::Mat median(h, w, CV_32F);
    std::vector<float> column(scaled.size());
    for (int y = 0; y < h; ++y) {
        float* out = median.ptr<float>(y);
        for (int x = 0; x < w; ++x) {
            for (std::size_t k = 0; k < scaled.size(); ++k)
                column[k] = scaled[k].ptr<float>(y)[x];
            const auto middle = column.begin() + static_cast<std::ptrdiff_t>(column.size() / 2);
            std::nth_element(column.begin(), middle, column.end());
            out[x] = *middle;
        }
    }
    return median;
}

} // namespace hb::steps::detect
