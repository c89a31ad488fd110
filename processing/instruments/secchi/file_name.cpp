#include "io/naming/file_name_hints.h"

#include <cctype>
#include <string>

namespace hb::io {

namespace {

bool digitsAt(std::string_view s, std::size_t pos, std::size_t count)
{
    if (pos + count > s.size())
        return false;
    for (std::size_t i = pos; i < pos + count; ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i])))
            return false;
    return true;
}

int number(std::string_view s, std::size_t pos, std::size_t count)
{
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i)
        v = v * 10 + (s[i] - '0');
    return v;
}

char lower(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

const char* detectorOf(char a, char b)
{
    if (a == 'e' && b == 'u')
        return "EUVI";
    if (a == 'c' && b == '1')
        return "COR1";
    if (a == 'c' && b == '2')
        return "COR2";
    if (a == 'h' && b == '1')
        return "HI1";
    if (a == 'h' && b == '2')
        return "HI2";
    return nullptr;
}

// Matches 'yyyymmdd_hhmmss_' + a 2-3 character code + telescope + A/B at `pos`. Hand-written:
// std::regex cost more than reading the whole header did when the catalog scanned a folder.
std::optional<FileNameHints> matchAt(std::string_view s, std::size_t pos)
{
    if (!digitsAt(s, pos, 8) || pos + 16 > s.size() || s[pos + 8] != '_' || !digitsAt(s, pos + 9, 6) || s[pos + 15] != '_')
        return std::nullopt;
    for (std::size_t codeLength : {std::size_t{2}, std::size_t{3}}) {
        const std::size_t tel = pos + 16 + codeLength;
        if (tel + 3 > s.size())
            continue;
        bool codeOk = true;
        for (std::size_t i = pos + 16; i < tel; ++i)
            codeOk = codeOk && std::isalnum(static_cast<unsigned char>(s[i]));
        const char* detector = detectorOf(lower(s[tel]), lower(s[tel + 1]));
        const char craft = lower(s[tel + 2]);
        if (!codeOk || !detector || (craft != 'a' && craft != 'b'))
            continue;
        FileNameHints h;
        h.mission = "STEREO";
        h.instrument = "SECCHI";
        h.spacecraft = craft == 'a' ? "STEREO-A" : "STEREO-B";
        h.detector = detector;
        const char type = lower(s[pos + 16]);
        // Level 0.5 names start with the image-type letter; processed products with the level.
        h.level = std::isdigit(static_cast<unsigned char>(type)) ? std::string(1, type) : std::string("0.5");
        const char downlink = s[tel - 1];
        h.downlink = downlink == '7' ? Downlink::Beacon : downlink == '4' ? Downlink::Science : Downlink::Unknown;
        const int mo = number(s, pos + 4, 2), d = number(s, pos + 6, 2);
        const int hh = number(s, pos + 9, 2), mi = number(s, pos + 11, 2), ss = number(s, pos + 13, 2);
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && hh < 24 && mi < 60 && ss < 61)
            h.time = UtcTime::fromCivil(number(s, pos, 4), mo, d, hh, mi, ss);
        return h;
    }
    return std::nullopt;
}

} // namespace

std::optional<FileNameHints> parseSecchiName(std::string_view name)
{
    for (std::size_t pos = 0; pos + 19 <= name.size(); ++pos)
        if (auto h = matchAt(name, pos))
            return h;
    return std::nullopt;
}

} // namespace hb::io
