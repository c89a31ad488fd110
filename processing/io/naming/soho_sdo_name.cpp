#include "io/naming/file_name_hints.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace hb::io {

namespace {
std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}
} // namespace

std::optional<FileNameHints> parseSohoSdoName(std::string_view name)
{
    const std::string n = lower(name);
    FileNameHints h;
    if (n.starts_with("efz") || n.starts_with("efr") || n.starts_with("seit_") || n.starts_with("soho_eit_")) {
        h.mission = "SOHO";
        h.spacecraft = "SOHO";
        h.instrument = "EIT";
    } else if (n.starts_with("mdi")) {
        h.mission = "SOHO";
        h.spacecraft = "SOHO";
        h.instrument = "MDI";
    } else if (n.starts_with("aia")) {
        h.mission = "SDO";
        h.spacecraft = "SDO";
        h.instrument = "AIA";
    } else if (n.starts_with("hmi")) {
        h.mission = "SDO";
        h.spacecraft = "SDO";
        h.instrument = "HMI";
    } else {
        return std::nullopt;
    }
    return h;
}

std::optional<FileNameHints> parseAnyName(std::string_view name)
{
    for (auto parse : {parseSecchiName, parseLascoName, parseExcamName, parseSohoSdoName})
        if (auto h = parse(name))
            return h;
    return std::nullopt;
}

} // namespace hb::io
