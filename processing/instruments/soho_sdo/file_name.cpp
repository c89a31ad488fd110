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
    struct Convention {
        const char* prefix;
        const char* mission;
        const char* instrument;
    };
    static constexpr Convention kConventions[] = {
        {"efz", "SOHO", "EIT"}, {"efr", "SOHO", "EIT"}, {"seit_", "SOHO", "EIT"}, {"soho_eit_", "SOHO", "EIT"},
        {"mdi", "SOHO", "MDI"}, {"aia", "SDO", "AIA"},  {"hmi", "SDO", "HMI"},
    };
    const std::string n = lower(name);
    for (const Convention& c : kConventions) {
        if (n.starts_with(c.prefix)) {
            FileNameHints h;
            h.mission = c.mission;
            h.spacecraft = c.mission;  // one spacecraft per mission
            h.instrument = c.instrument;
            return h;
        }
    }
    return std::nullopt;
}

} // namespace hb::io
