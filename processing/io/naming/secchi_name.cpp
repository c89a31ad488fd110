#include "io/naming/file_name_hints.h"

#include <regex>

namespace hb::io {

std::optional<FileNameHints> parseSecchiName(std::string_view name)
{
    static const std::regex kPattern(R"((\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})_([0-9a-z]{2,3})(eu|c1|c2|h1|h2)([ab]))",
                                     std::regex::icase | std::regex::optimize);
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_search(name.begin(), name.end(), m, kPattern))
        return std::nullopt;
    auto num = [&](int i) { return std::stoi(m[i].str()); };
    FileNameHints h;
    h.mission = "STEREO";
    h.instrument = "SECCHI";
    const char craft = static_cast<char>(std::toupper(static_cast<unsigned char>(m[9].str()[0])));
    h.spacecraft = craft == 'A' ? "STEREO-A" : "STEREO-B";
    std::string tel = m[8].str();
    for (char& c : tel)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    h.detector = tel == "eu" ? "EUVI" : tel == "c1" ? "COR1" : tel == "c2" ? "COR2" : tel == "h1" ? "HI1" : "HI2";
    const std::string code = m[7].str();
    const char type = static_cast<char>(std::tolower(static_cast<unsigned char>(code.front())));
    // Level 0.5 names start with the image-type letter; processed products start with the level.
    if (type >= '1' && type <= '9')
        h.level = std::string(1, type);
    else
        h.level = "0.5";
    const char downlink = code.back();
    h.downlink = downlink == '7' ? Downlink::Beacon : downlink == '4' ? Downlink::Science : Downlink::Unknown;
    const int y = num(1), mo = num(2), d = num(3), hh = num(4), mi = num(5), ss = num(6);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && hh < 24 && mi < 60 && ss < 61)
        h.time = UtcTime::fromCivil(y, mo, d, hh, mi, ss);
    return h;
}

} // namespace hb::io
