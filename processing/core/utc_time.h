#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hb {

// A UTC instant as nanoseconds since 1970-01-01T00:00:00 UTC, counted the POSIX way (every day
// has 86400 s; a leap second itself cannot be represented). Range: years 1678..2261.
// Conversions to the continuous scales (TAI, TT, CDF TT2000) go through leapSecondsAt().
struct UtcTime {
    std::int64_t nanoseconds = 0;

    static UtcTime fromCivil(int year, int month, int day, int hour = 0, int minute = 0, double second = 0.0);

    // "YYYY-MM-DD[Thh:mm[:ss[.fff...]]][Z]" (space instead of T accepted). nullopt if malformed
    // or out of range (month 13, second 61...).
    static std::optional<UtcTime> parseIso(std::string_view text);

    // ISO 8601 with `fractionDigits` decimals (0..9) and no zone letter, e.g. 2007-05-03T10:20:18.005.
    std::string toIso(int fractionDigits = 3) const;
    // YYYY-MM-DD of the UTC day (used to group frames by day).
    std::string dayString() const;

    friend auto operator<=>(const UtcTime&, const UtcTime&) = default;
};

struct CivilTime {
    int year, month, day, hour, minute;
    double second;
};
CivilTime toCivil(UtcTime t);

// TAI - UTC in whole seconds at instant t (10 s in 1972 .. 37 s since 2017-01-01). Before
// 1972 returns 10 (the pre-1972 rubber-second era is outside the missions we read).
int leapSecondsAt(UtcTime t) noexcept;

// CDF TT2000: nanoseconds since 2000-01-01T12:00:00 TT (TT = TAI + 32.184 s).
std::int64_t tt2000FromUtc(UtcTime t) noexcept;
UtcTime utcFromTt2000(std::int64_t tt2000) noexcept;

// TAI civil time (as JSOC writes T_OBS '2010.10.15_23:01:00.000_TAI') to UTC.
UtcTime utcFromTai(UtcTime taiAsIfUtc) noexcept;

} // namespace hb
