#include "input_files.h"

#include "catalog/file_discovery.h"
#include "core/error.h"

#include <filesystem>

namespace hb::cli {

std::vector<std::string> collectInputs(const std::vector<std::string>& given)
{
    std::vector<std::string> files;
    for (const std::string& path : given) {
        if (std::filesystem::is_directory(path)) {
            const auto found = discoverInputFiles(path);
            files.insert(files.end(), found.begin(), found.end());
        } else if (std::filesystem::exists(path)) {
            files.push_back(path);
        } else {
            throw Error(path, "does not exist");
        }
    }
    return files;
}

} // namespace hb::cli
