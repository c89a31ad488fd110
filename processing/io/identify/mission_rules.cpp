#include "io/identify/mission_rules.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace hb::io {

namespace {
std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

bool contains(const std::optional<std::string>& text, std::string_view needle)
{
    return text && upper(*text).find(needle) != std::string::npos;
}
} // namespace

std::optional<std::string> trimmedText(const Header& header, std::string_view keyword)
{
    auto t = header.text(keyword);
    if (!t)
        return std::nullopt;
    const auto first = t->find_first_not_of(' ');
    if (first == std::string::npos)
        return std::nullopt;
    return t->substr(first);
}

std::string normalizeLevel(std::string level)
{
    if (!level.empty() && (level.front() == 'L' || level.front() == 'l'))
        level.erase(0, 1);
    if (level.size() > 2 && level.ends_with(".0"))
        level.resize(level.size() - 2);
    std::transform(level.begin(), level.end(), level.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return level;
}

std::string numberText(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", value);
    return buf;
}

MissionFamily detectFamily(const Header& header)
{
    const auto instrume = trimmedText(header, "INSTRUME");
    const auto telescop = trimmedText(header, "TELESCOP");
    const auto detector = trimmedText(header, "DETECTOR");
    const auto content = trimmedText(header, "CONTENT");
    if (contains(instrume, "SECCHI"))
        return MissionFamily::Secchi;
    if (contains(instrume, "LASCO"))
        return MissionFamily::Lasco;
    if (contains(detector, "EXCAM") || (contains(instrume, "CGI") && contains(telescop, "ROMAN")))
        return MissionFamily::Excam;
    if (contains(instrume, "EIT") || contains(telescop, "EIT") || contains(instrume, "MDI") || contains(content, "MDI")
        || contains(telescop, "SDO/") || contains(instrume, "AIA") || contains(instrume, "HMI"))
        return MissionFamily::SohoSdo;
    return MissionFamily::Unknown;
}

} // namespace hb::io
