#include "catalog/file_discovery.h"

#include "core/error.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>

namespace hb {

namespace {

namespace fs = std::filesystem;

bool hasInputExtension(const fs::path& p)
{
    std::string name = p.filename().string();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (name.ends_with(".gz"))
        name.resize(name.size() - 3);
    for (const char* ext : {".fts", ".fits", ".fit", ".fz", ".header", ".cdf"})
        if (name.ends_with(ext))
            return true;
    return false;
}

bool startsLikeFits(const fs::path& p)
{
    std::FILE* f = std::fopen(p.c_str(), "rb");
    if (!f)
        return false;
    std::array<char, 9> head{};
    const std::size_t n = std::fread(head.data(), 1, head.size(), f);
    std::fclose(f);
    const bool gzip = n >= 2 && static_cast<unsigned char>(head[0]) == 0x1f && static_cast<unsigned char>(head[1]) == 0x8b;
    return gzip || (n == head.size() && std::string_view(head.data(), head.size()) == "SIMPLE  =");
}

} // namespace

std::vector<std::string> discoverInputFiles(const std::string& root)
{
    std::error_code ec;
    const fs::file_status status = fs::status(root, ec);
    if (ec || !fs::exists(status))
        throw Error(root, "no such file or folder");
    if (!fs::is_directory(status))
        return {root};
    std::vector<std::string> files;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec)
        throw Error(root, "cannot list the folder: " + ec.message());
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec)
            throw Error(root, "cannot list the folder: " + ec.message());
        const fs::directory_entry& entry = *it;
        const std::string name = entry.path().filename().string();
        if (name.starts_with(".")) {  // hidden files and our own temporary outputs
            if (entry.is_directory(ec))
                it.disable_recursion_pending();
            continue;
        }
        if (!entry.is_regular_file(ec))
            continue;
        if (hasInputExtension(entry.path()) || (entry.path().extension() != ".json" && startsLikeFits(entry.path())))
            files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> expandInputs(const std::vector<std::string>& inputs)
{
    std::vector<std::string> out;
    for (const std::string& input : inputs) {
        auto files = discoverInputFiles(input);
        out.insert(out.end(), files.begin(), files.end());
    }
    return out;
}

} // namespace hb
