#include "core/fits_date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace hb {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    return s;
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

int toInt(std::string_view s)
{
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

int monthFromAbbreviation(std::string_view m)
{
    static constexpr std::array<std::string_view, 12> kMonths{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                               "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    std::string up(m);
    std::transform(up.begin(), up.end(), up.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (kMonths[i] == up)
            return static_cast<int>(i) + 1;
    return 0;
}

std::optional<UtcTime> isoWithTime(int y, int m, int d, std::string_view timeOfDay)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    std::string iso(buf);
    timeOfDay = trim(timeOfDay);
    if (!timeOfDay.empty())
        iso += "T" + std::string(timeOfDay);
    return UtcTime::parseIso(iso);
}

} // namespace

std::optional<UtcTime> parseFitsDate(std::string_view date, std::string_view timeOfDay)
{
    date = trim(date);
    if (date.size() < 8)
        return std::nullopt;
    // ISO, possibly date-only.
    if (date.size() >= 10 && date[4] == '-' && date[7] == '-') {
        if (date.size() > 10)
            return UtcTime::parseIso(date);
        if (!allDigits(date.substr(0, 4)) || !allDigits(date.substr(5, 2)) || !allDigits(date.substr(8, 2)))
            return std::nullopt;
        return isoWithTime(toInt(date.substr(0, 4)), toInt(date.substr(5, 2)), toInt(date.substr(8, 2)), timeOfDay);
    }
    // 'YYYY/MM/DD' with optional ' hh:mm:ss'.
    if (date.size() >= 10 && date[4] == '/' && date[7] == '/') {
        if (!allDigits(date.substr(0, 4)) || !allDigits(date.substr(5, 2)) || !allDigits(date.substr(8, 2)))
            return std::nullopt;
        std::string_view tod = date.size() > 10 ? date.substr(11) : timeOfDay;
        if (date.size() > 10 && date[10] != ' ' && date[10] != 'T')
            return std::nullopt;
        return isoWithTime(toInt(date.substr(0, 4)), toInt(date.substr(5, 2)), toInt(date.substr(8, 2)), tod);
    }
    // 'dd/mm/yy' (FITS standard before 2000: years 1900-1999).
    if (date.size() == 8 && date[2] == '/' && date[5] == '/') {
        if (!allDigits(date.substr(0, 2)) || !allDigits(date.substr(3, 2)) || !allDigits(date.substr(6, 2)))
            return std::nullopt;
        return isoWithTime(1900 + toInt(date.substr(6, 2)), toInt(date.substr(3, 2)), toInt(date.substr(0, 2)),
                           timeOfDay);
    }
    // 'dd-MON-yy' (EIT); two-digit years below 50 are 20yy.
    if (date.size() == 9 && date[2] == '-' && date[6] == '-') {
        const int month = monthFromAbbreviation(date.substr(3, 3));
        if (month == 0 || !allDigits(date.substr(0, 2)) || !allDigits(date.substr(7, 2)))
            return std::nullopt;
        const int yy = toInt(date.substr(7, 2));
        return isoWithTime(yy < 50 ? 2000 + yy : 1900 + yy, month, toInt(date.substr(0, 2)), timeOfDay);
    }
    return std::nullopt;
}

std::optional<UtcTime> parseJsocTaiTime(std::string_view text)
{
    text = trim(text);
    constexpr std::string_view kSuffix = "_TAI";
    if (text.size() < 19 + kSuffix.size() || text.substr(text.size() - kSuffix.size()) != kSuffix)
        return std::nullopt;
    std::string iso(text.substr(0, text.size() - kSuffix.size()));
    if (iso[4] != '.' || iso[7] != '.' || iso[10] != '_')
        return std::nullopt;
    iso[4] = '-';
    iso[7] = '-';
    iso[10] = 'T';
    const auto tai = UtcTime::parseIso(iso);
    if (!tai)
        return std::nullopt;
    return utcFromTai(*tai);
}

} // namespace hb
