#include "simulate/mag_geometry.h"

#include <cmath>
#include <cstdio>

namespace hb::simulate {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRowStepDegrees = 0.25;

int dayOfYear(const CivilTime& c)
{
    const auto first = UtcTime::fromCivil(c.year, 1, 1);
    const auto day = UtcTime::fromCivil(c.year, c.month, c.day);
    return static_cast<int>((day.nanoseconds - first.nanoseconds) / (86400LL * 1000000000LL)) + 1;
}

int daysInMonth(int year, int month)
{
    const auto first = UtcTime::fromCivil(year, month, 1);
    const auto next = month == 12 ? UtcTime::fromCivil(year + 1, 1, 1) : UtcTime::fromCivil(year, month + 1, 1);
    return static_cast<int>((next.nanoseconds - first.nanoseconds) / (86400LL * 1000000000LL));
}

} // namespace

Matrix3 scToRtn(double rollDegrees) noexcept
{
    const double c = std::cos(rollDegrees * kPi / 180.0), s = std::sin(rollDegrees * kPi / 180.0);
    return {{{-1.0, 0.0, 0.0}, {0.0, -c, s}, {0.0, s, c}}};
}

Vector3 multiply(const Matrix3& m, const Vector3& v) noexcept
{
    Vector3 out{};
    for (int r = 0; r < 3; ++r)
        out[r] = m[r][0] * v[0] + m[r][1] * v[1] + m[r][2] * v[2];
    return out;
}

Vector3 multiplyTransposed(const Matrix3& m, const Vector3& v) noexcept
{
    Vector3 out{};
    for (int c = 0; c < 3; ++c)
        out[c] = m[0][c] * v[0] + m[1][c] * v[1] + m[2][c] * v[2];
    return out;
}

std::string rotationRowsText(UtcTime runStart, int days, const RollHistory& roll)
{
    std::string text;
    const auto addRow = [&](double seconds) {
        const UtcTime t{runStart.nanoseconds + static_cast<std::int64_t>(std::llround(seconds * 1e9))};
        const CivilTime c = toCivil(t);
        const Matrix3 m = scToRtn(roll.degreesAt(seconds));
        char buf[256];
        int n = std::snprintf(buf, sizeof buf, "%04d %03d %5d %d", c.year, dayOfYear(c),
                              static_cast<int>(std::lround(c.hour * 3600 + c.minute * 60 + c.second)), 0);
        for (const Vector3& row : m)
            for (const double v : row)
                n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), " %11.8f", v);
        text += buf;
        text += '\n';
    };
    const double rate = std::abs(roll.degreesPerDay);
    const double stepSeconds = rate > 0 ? kRowStepDegrees / rate * 86400.0 : 86400.0;
    for (int d = 0; d < days; ++d)
        for (double s = d * 86400.0; s < (d + 1) * 86400.0; s += stepSeconds)
            addRow(s);
    addRow(days * 86400.0);  // closes the last day, so that every sample lies between two rows
    return text;
}

std::string countsTableText(int year, int month, const std::function<Vector3(UtcTime day)>& offsetOnDay)
{
    std::string text = "%year,Day,Kx (Range 0),O1 (nT),Counts @ O,Ky (Range 0),O2 (nT),Counts @ O,Kz (Range 0), "
                       "O3 (nT),Counts @ O\n";
    for (int day = 1; day <= daysInMonth(year, month); ++day) {
        const UtcTime t = UtcTime::fromCivil(year, month, day);
        const Vector3 offset = offsetOnDay(t);
        char buf[256];
        int n = std::snprintf(buf, sizeof buf, "%d %6.1f", year, dayOfYear(toCivil(t)) + 0.5);
        for (int axis = 0; axis < 3; ++axis) {
            const double k = kCountsPerNtFactor[axis];
            n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), " %9.7f %6.1f %7ld", k, offset[axis],
                               std::lround(-offset[axis] / k));
        }
        text += buf;
        text += '\n';
    }
    return text;
}

} // namespace hb::simulate
