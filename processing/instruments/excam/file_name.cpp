#include "io/naming/file_name_hints.h"

#include <regex>

namespace hb::io {

std::optional<FileNameHints> parseExcamName(std::string_view name)
{
    static const std::regex kArchive(R"(^cgi_\d+_(\d{4})(\d{2})(\d{2})t(\d{2})(\d{2})(\d{2})\d*_(l1|l2a|l2b)_?\.fits$)",
                                     std::regex::icase | std::regex::optimize);
    static const std::regex kShort(R"(^cgi_excam_(l1|l2a|l2b)_.*\.fits$)", std::regex::icase | std::regex::optimize);
    std::match_results<std::string_view::const_iterator> m;
    FileNameHints h;
    std::string level;
    if (std::regex_search(name.begin(), name.end(), m, kArchive)) {
        auto num = [&](int i) { return std::stoi(m[i].str()); };
        h.time = UtcTime::fromCivil(num(1), num(2), num(3), num(4), num(5), num(6));
        level = m[7].str();
    } else if (std::regex_search(name.begin(), name.end(), m, kShort)) {
        level = m[1].str();
    } else {
        return std::nullopt;
    }
    h.mission = "Roman";
    h.spacecraft = "Roman";
    h.instrument = "CGI";
    h.detector = "EXCAM";
    for (char& c : level)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    h.level = level.substr(1);
    return h;
}

} // namespace hb::io
