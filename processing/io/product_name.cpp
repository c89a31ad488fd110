#include "io/product_name.h"

#include <filesystem>

namespace hb::io {

std::string productFileName(const std::string& input)
{
    std::filesystem::path name = std::filesystem::path(input).filename();
    if (name.extension() == ".gz")
        name = name.stem();
    name.replace_extension(".fts");
    return name.string();
}

} // namespace hb::io
