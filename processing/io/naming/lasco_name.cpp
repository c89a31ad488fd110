#include "io/naming/file_name_hints.h"

#include <regex>

namespace hb::io {

std::optional<FileNameHints> parseLascoName(std::string_view name)
{
    // The archive name may carry a label prefix ('Venus_22322544.fts'), never a suffix.
    static const std::regex kPattern(R"((?:^|_)([23])([1-5])\d{6}\.fts$)", std::regex::icase | std::regex::optimize);
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_search(name.begin(), name.end(), m, kPattern))
        return std::nullopt;
    FileNameHints h;
    h.mission = "SOHO";
    h.spacecraft = "SOHO";
    h.instrument = "LASCO";
    h.detector = m[1].str() == "2" ? "C2" : "C3";
    h.level = m[2].str()[0] >= '4' ? "1" : "0.5";
    return h;
}

} // namespace hb::io
