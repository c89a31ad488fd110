#include "steps/calibration_image_cache.h"

#include "core/error.h"
#include "io/file_reader.h"
#include "steps/step_support.h"

#include <deque>
#include <filesystem>
#include <map>
#include <mutex>

namespace hb::steps {

namespace {

// Calibration images stay shared while anyone holds them (weak entries); beyond that only the
// few used last are kept, so that a session that reads many never holds them all.
constexpr std::size_t kKeptImages = 8;

struct CalibrationCache {
    std::mutex mutex;
    std::map<std::string, std::pair<std::filesystem::file_time_type, std::weak_ptr<const Frame>>> entries;
    std::deque<std::shared_ptr<const Frame>> recent;  // most recent first
};

CalibrationCache& calibrationCache()
{
    static CalibrationCache cache;
    return cache;
}

void keepRecent(CalibrationCache& cache, const std::shared_ptr<const Frame>& frame)
{
    std::erase(cache.recent, frame);
    cache.recent.push_front(frame);
    if (cache.recent.size() > kKeptImages)
        cache.recent.pop_back();
    std::erase_if(cache.entries, [](const auto& entry) { return entry.second.second.expired(); });
}

} // namespace

std::shared_ptr<const Frame> readCalibrationImage(const std::string& path)
{
    std::error_code ec;
    const auto stamp = std::filesystem::last_write_time(path, ec);
    if (ec)
        throw Error(path, "cannot be read: " + ec.message());
    CalibrationCache& cache = calibrationCache();
    const std::lock_guard lock(cache.mutex);
    if (const auto it = cache.entries.find(path); it != cache.entries.end() && it->second.first == stamp)
        if (auto frame = it->second.second.lock()) {
            keepRecent(cache, frame);
            return frame;
        }
    auto frame = std::make_shared<const Frame>(io::readFrame(path));
    if (frame->image.isEmpty())
        throw Error(path, "holds no image: a calibration file must");
    cache.entries[path] = {stamp, frame};
    keepRecent(cache, frame);
    return frame;
}

void forgetCalibrationImages()
{
    CalibrationCache& cache = calibrationCache();
    const std::lock_guard lock(cache.mutex);
    cache.recent.clear();
    std::erase_if(cache.entries, [](const auto& entry) { return entry.second.second.expired(); });
}

std::size_t keptCalibrationImages()
{
    CalibrationCache& cache = calibrationCache();
    const std::lock_guard lock(cache.mutex);
    return cache.recent.size();
}

Image blockMeanTo(const Image& image, int width, int height, const std::string& source)
{
    if (width <= 0 || height <= 0 || image.width() % width != 0 || image.height() % height != 0)
        throw Error(source, "is " + std::to_string(image.width()) + " x " + std::to_string(image.height()) +
                                " pixels, which does not bin to " + std::to_string(width) + " x " + std::to_string(height));
    return binBlocks(image, image.width() / width, image.height() / height, false);
}

} // namespace hb::steps
