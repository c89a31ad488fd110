#include "steps/calibration_image_cache.h"

#include "core/error.h"
#include "io/file_reader.h"
#include "steps/step_support.h"

#include <filesystem>
#include <map>
#include <mutex>

namespace hb::steps {

std::shared_ptr<const Frame> readCalibrationImage(const std::string& path)
{
    static std::mutex mutex;
    static std::map<std::string, std::pair<std::filesystem::file_time_type, std::shared_ptr<const Frame>>> cache;
    std::error_code ec;
    const auto stamp = std::filesystem::last_write_time(path, ec);
    if (ec)
        throw Error(path, "cannot be read: " + ec.message());
    const std::lock_guard lock(mutex);
    if (const auto it = cache.find(path); it != cache.end() && it->second.first == stamp)
        return it->second.second;
    auto frame = std::make_shared<const Frame>(io::readFrame(path));
    if (frame->image.isEmpty())
        throw Error(path, "holds no image: a calibration file must");
    cache[path] = {stamp, frame};
    return frame;
}

Image blockMeanTo(const Image& image, int width, int height, const std::string& source)
{
    if (width <= 0 || height <= 0 || image.width() % width != 0 || image.height() % height != 0)
        throw Error(source, "is " + std::to_string(image.width()) + " x " + std::to_string(image.height()) +
                                " pixels, which does not bin to " + std::to_string(width) + " x " + std::to_string(height));
    return binBlocks(image, image.width() / width, image.height() / height, false);
}

} // namespace hb::steps
