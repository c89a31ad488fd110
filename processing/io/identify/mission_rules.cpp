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

bool headerMentions(const Header& header, std::string_view keyword, std::string_view needle)
{
    return contains(trimmedText(header, keyword), needle);
}

} // namespace hb::io
