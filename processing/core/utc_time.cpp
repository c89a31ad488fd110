#include "core/utc_time.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace hb {

namespace {

constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
constexpr std::int64_t kNanosPerDay = 86'400 * kNanosPerSecond;

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil algorithm).
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) noexcept
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct YearMonthDay {
    std::int64_t y;
    unsigned m, d;
};

constexpr YearMonthDay civilFromDays(std::int64_t z) noexcept
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

constexpr bool isLeapYear(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) noexcept
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

// UTC dates at which TAI - UTC stepped to the given value (IERS Bulletin C). No leap second has
// been announced after 2017-01-01.
struct LeapStep {
    std::int64_t unixSeconds;
    int taiMinusUtc;
};

constexpr std::int64_t unixDay(int y, unsigned m, unsigned d) { return daysFromCivil(y, m, d) * 86'400; }

constexpr std::array<LeapStep, 28> kLeapSteps{{
    {unixDay(1972, 1, 1), 10}, {unixDay(1972, 7, 1), 11}, {unixDay(1973, 1, 1), 12}, {unixDay(1974, 1, 1), 13},
    {unixDay(1975, 1, 1), 14}, {unixDay(1976, 1, 1), 15}, {unixDay(1977, 1, 1), 16}, {unixDay(1978, 1, 1), 17},
    {unixDay(1979, 1, 1), 18}, {unixDay(1980, 1, 1), 19}, {unixDay(1981, 7, 1), 20}, {unixDay(1982, 7, 1), 21},
    {unixDay(1983, 7, 1), 22}, {unixDay(1985, 7, 1), 23}, {unixDay(1988, 1, 1), 24}, {unixDay(1990, 1, 1), 25},
    {unixDay(1991, 1, 1), 26}, {unixDay(1992, 7, 1), 27}, {unixDay(1993, 7, 1), 28}, {unixDay(1994, 7, 1), 29},
    {unixDay(1996, 1, 1), 30}, {unixDay(1997, 7, 1), 31}, {unixDay(1999, 1, 1), 32}, {unixDay(2006, 1, 1), 33},
    {unixDay(2009, 1, 1), 34}, {unixDay(2012, 7, 1), 35}, {unixDay(2015, 7, 1), 36}, {unixDay(2017, 1, 1), 37},
}};

// 2000-01-01T12:00:00 TT is 2000-01-01T11:58:55.816 UTC (TAI - UTC = 32 s then).
constexpr std::int64_t kJ2000UnixNanos = unixDay(2000, 1, 1) * kNanosPerSecond + 43'200 * kNanosPerSecond;
constexpr std::int64_t kTtMinusTaiNanos = 32'184'000'000;

bool readInt(std::string_view s, std::size_t pos, std::size_t len, int& out)
{
    if (pos + len > s.size())
        return false;
    for (std::size_t i = pos; i < pos + len; ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return true;
}

} // namespace

UtcTime UtcTime::fromCivil(int year, int month, int day, int hour, int minute, double second)
{
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const std::int64_t wholeSeconds = static_cast<std::int64_t>(std::floor(second));
    const auto fraction = static_cast<std::int64_t>(std::llround((second - static_cast<double>(wholeSeconds)) * 1e9));
    return {days * kNanosPerDay + (hour * 3600LL + minute * 60LL + wholeSeconds) * kNanosPerSecond + fraction};
}

std::optional<UtcTime> UtcTime::parseIso(std::string_view s)
{
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    if (!s.empty() && (s.back() == 'Z' || s.back() == 'z'))
        s.remove_suffix(1);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    double sec = 0.0;
    if (!readInt(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !readInt(s, 5, 2, mo) || s[7] != '-'
        || !readInt(s, 8, 2, d))
        return std::nullopt;
    if (s.size() > 10) {
        if ((s[10] != 'T' && s[10] != ' ') || !readInt(s, 11, 2, h) || s.size() < 16 || s[13] != ':'
            || !readInt(s, 14, 2, mi))
            return std::nullopt;
        if (s.size() > 16) {
            if (s[16] != ':' || s.size() < 19)
                return std::nullopt;
            const std::string_view secText = s.substr(17);
            for (char c : secText)
                if ((c < '0' || c > '9') && c != '.')
                    return std::nullopt;
            const auto res = std::from_chars(secText.data(), secText.data() + secText.size(), sec);
            if (res.ec != std::errc() || res.ptr != secText.data() + secText.size())
                return std::nullopt;
        }
    }
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec < 0.0 || sec >= 61.0)
        return std::nullopt;
    return fromCivil(y, mo, d, h, mi, sec);
}

CivilTime toCivil(UtcTime t)
{
    std::int64_t days = t.nanoseconds / kNanosPerDay;
    std::int64_t rem = t.nanoseconds % kNanosPerDay;
    if (rem < 0) {
        rem += kNanosPerDay;
        --days;
    }
    const YearMonthDay ymd = civilFromDays(days);
    const auto secondsOfDay = rem / kNanosPerSecond;
    const auto nanos = rem % kNanosPerSecond;
    return {static_cast<int>(ymd.y), static_cast<int>(ymd.m), static_cast<int>(ymd.d),
            static_cast<int>(secondsOfDay / 3600), static_cast<int>((secondsOfDay / 60) % 60),
            static_cast<double>(secondsOfDay % 60) + static_cast<double>(nanos) * 1e-9};
}

std::string UtcTime::toIso(int fractionDigits) const
{
    if (fractionDigits < 0)
        fractionDigits = 0;
    if (fractionDigits > 9)
        fractionDigits = 9;
    std::int64_t scale = 1;
    for (int i = fractionDigits; i < 9; ++i)
        scale *= 10;
    // Round to the requested precision first so that 59.9996 s never prints as 60.000.
    std::int64_t rounded = nanoseconds >= 0 ? (nanoseconds + scale / 2) / scale * scale
                                            : -((-nanoseconds + scale / 2) / scale * scale);
    const CivilTime c = toCivil({rounded});
    const auto wholeSeconds = static_cast<int>(c.second);
    std::int64_t frac = rounded % kNanosPerSecond;
    if (frac < 0)
        frac += kNanosPerSecond;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", c.year, c.month, c.day, c.hour, c.minute,
                  wholeSeconds);
    std::string out(buf);
    if (fractionDigits > 0) {
        char fbuf[16];
        std::snprintf(fbuf, sizeof fbuf, ".%09lld", static_cast<long long>(frac));
        out.append(fbuf, static_cast<std::size_t>(1 + fractionDigits));
    }
    return out;
}

std::string UtcTime::dayString() const
{
    // The day the instant falls in, never rounded into the next one.
    const CivilTime c = toCivil(*this);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

int leapSecondsAt(UtcTime t) noexcept
{
    const std::int64_t seconds = t.nanoseconds >= 0 ? t.nanoseconds / kNanosPerSecond
                                                    : -((-t.nanoseconds + kNanosPerSecond - 1) / kNanosPerSecond);
    int value = kLeapSteps.front().taiMinusUtc;
    for (const LeapStep& step : kLeapSteps) {
        if (seconds < step.unixSeconds)
            break;
        value = step.taiMinusUtc;
    }
    return value;
}

std::int64_t tt2000FromUtc(UtcTime t) noexcept
{
    return t.nanoseconds + leapSecondsAt(t) * kNanosPerSecond + kTtMinusTaiNanos - kJ2000UnixNanos;
}

UtcTime utcFromTt2000(std::int64_t tt2000) noexcept
{
    // Solve t + leap(t) = x; one refinement settles it because leap changes by at most 1 s.
    const std::int64_t x = tt2000 + kJ2000UnixNanos - kTtMinusTaiNanos;
    UtcTime guess{x - leapSecondsAt({x}) * kNanosPerSecond};
    guess.nanoseconds = x - leapSecondsAt(guess) * kNanosPerSecond;
    return guess;
}

UtcTime utcFromTai(UtcTime taiAsIfUtc) noexcept
{
    UtcTime guess{taiAsIfUtc.nanoseconds - leapSecondsAt(taiAsIfUtc) * kNanosPerSecond};
    guess.nanoseconds = taiAsIfUtc.nanoseconds - leapSecondsAt(guess) * kNanosPerSecond;
    return guess;
}

} // namespace hb
