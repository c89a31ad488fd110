#include "io/naming/file_name_hints.h"

#include <cctype>

namespace hb::io {

std::optional<FileNameHints> parseLascoName(std::string_view name)
{
    // 'CSnnnnnn.fts', possibly behind a label ('Venus_22322544.fts'), never followed by more.
    constexpr std::size_t kLength = 12;
    if (name.size() < kLength)
        return std::nullopt;
    const std::string_view tail = name.substr(name.size() - kLength);
    const std::string_view ext = tail.substr(8);
    if (ext.size() != 4 || ext[0] != '.' || std::tolower(static_cast<unsigned char>(ext[1])) != 'f'
        || std::tolower(static_cast<unsigned char>(ext[2])) != 't' || std::tolower(static_cast<unsigned char>(ext[3])) != 's')
        return std::nullopt;
    for (std::size_t i = 0; i < 8; ++i)
        if (!std::isdigit(static_cast<unsigned char>(tail[i])))
            return std::nullopt;
    if (name.size() > kLength && name[name.size() - kLength - 1] != '_')
        return std::nullopt;
    const char camera = tail[0], source = tail[1];
    if ((camera != '2' && camera != '3') || source < '1' || source > '5')
        return std::nullopt;
    FileNameHints h;
    h.mission = "SOHO";
    h.spacecraft = "SOHO";
    h.instrument = "LASCO";
    h.detector = camera == '2' ? "C2" : "C3";
    h.level = source >= '4' ? "1" : "0.5";
    return h;
}

} // namespace hb::io
