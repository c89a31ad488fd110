// Reading simulated MAG days back for the tests: the records of a day with its truth file, the
// rotation rows, and rotations between rows by quaternion slerp (written here, independently of
// the simulator's own geometry).
#pragma once

#include "io/cdf/cdf_file.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace mag_test {

using namespace hb::io::cdf;


constexpr double kDayMs = 86400000.0;
constexpr std::int64_t kRecordsPerDay = 691200;

struct Day {
    std::vector<double> epochMs;
    std::vector<double> field;  // 4 per record
    std::vector<double> flags;
    nlohmann::json truth;
    std::int64_t size() const { return static_cast<std::int64_t>(epochMs.size()); }
    double at(std::int64_t record, int component) const { return field[static_cast<std::size_t>(record * 4 + component)]; }
};

inline Day readDay(const std::string& path)
{
    const CdfFile file = CdfFile::open(path);
    Day d;
    d.epochMs = file.readNumbers(file.requireVariable("Epoch"));
    d.field = file.readNumbers(file.requireVariable("BFIELD"));
    d.flags = file.readNumbers(file.requireVariable("MAGFLAGUC"));
    std::ifstream in(path + ".truth.json");
    d.truth = nlohmann::json::parse(in);
    return d;
}

inline double epochOfDay(const std::string& isoDay)
{
    const auto t = hb::UtcTime::parseIso(isoDay);
    return static_cast<double>(t->nanoseconds / 1000000) + 62167219200000.0;
}

using Matrix = std::array<std::array<double, 3>, 3>;
using Quaternion = std::array<double, 4>;  // w, x, y, z

inline Quaternion quaternionOf(const Matrix& m)
{
    // The largest of the four candidates keeps the division well away from zero (the rows are
    // half turns about an axis in the spacecraft's Y-Z plane: their trace is -1, w is 0).
    const double trace = m[0][0] + m[1][1] + m[2][2];
    Quaternion q{};
    if (trace > 0) {
        const double s = 2 * std::sqrt(1 + trace);
        q = {s / 4, (m[2][1] - m[1][2]) / s, (m[0][2] - m[2][0]) / s, (m[1][0] - m[0][1]) / s};
    } else if (m[0][0] > m[1][1] && m[0][0] > m[2][2]) {
        const double s = 2 * std::sqrt(1 + m[0][0] - m[1][1] - m[2][2]);
        q = {(m[2][1] - m[1][2]) / s, s / 4, (m[0][1] + m[1][0]) / s, (m[0][2] + m[2][0]) / s};
    } else if (m[1][1] > m[2][2]) {
        const double s = 2 * std::sqrt(1 + m[1][1] - m[0][0] - m[2][2]);
        q = {(m[0][2] - m[2][0]) / s, (m[0][1] + m[1][0]) / s, s / 4, (m[1][2] + m[2][1]) / s};
    } else {
        const double s = 2 * std::sqrt(1 + m[2][2] - m[0][0] - m[1][1]);
        q = {(m[1][0] - m[0][1]) / s, (m[0][2] + m[2][0]) / s, (m[1][2] + m[2][1]) / s, s / 4};
    }
    return q;
}

inline Matrix matrixOf(const Quaternion& q)
{
    const auto [w, x, y, z] = q;
    return {{{1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)},
             {2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)},
             {2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)}}};
}

inline Quaternion slerp(Quaternion a, const Quaternion& b, double f)
{
    double dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
    if (dot < 0) {
        for (double& v : a)
            v = -v;
        dot = -dot;
    }
    const double theta = std::acos(std::min(1.0, dot));
    if (theta < 1e-12)
        return a;
    const double wa = std::sin((1 - f) * theta) / std::sin(theta), wb = std::sin(f * theta) / std::sin(theta);
    return {wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2], wa * a[3] + wb * b[3]};
}

struct RotationRow {
    double epochMs;
    Matrix m;
};

inline std::vector<RotationRow> readRotationRows(const QString& path)
{
    std::ifstream in(path.toStdString());
    std::vector<RotationRow> rows;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        int year, doy, seconds, flag;
        RotationRow row{};
        fields >> year >> doy >> seconds >> flag;
        for (auto& r : row.m)
            for (double& v : r)
                fields >> v;
        if (!fields)
            continue;
        const auto t = hb::UtcTime::fromCivil(year, 1, 1);
        row.epochMs = static_cast<double>(t.nanoseconds / 1000000) + 62167219200000.0 + (doy - 1) * kDayMs + seconds * 1000.0;
        rows.push_back(row);
    }
    return rows;
}

inline Matrix rotationAt(const std::vector<RotationRow>& rows, double epochMs)
{
    const auto after = std::upper_bound(rows.begin(), rows.end(), epochMs, [](double t, const RotationRow& r) { return t < r.epochMs; });
    if (after == rows.begin() || after == rows.end())
        return after == rows.end() ? rows.back().m : rows.front().m;
    const RotationRow& a = *(after - 1);
    return matrixOf(slerp(quaternionOf(a.m), quaternionOf(after->m), (epochMs - a.epochMs) / (after->epochMs - a.epochMs)));
}

inline double meanOf(const Day& d, int component, std::int64_t from, std::int64_t to)
{
    double sum = 0;
    std::int64_t n = 0;
    for (std::int64_t r = from; r < to; ++r)
        if (d.flags[static_cast<std::size_t>(r)] == 0)
            sum += d.at(r, component), ++n;
    return sum / static_cast<double>(n);
}

// The record whose tag is nearest `epochMs` (tags increase apart from the glitch).
inline std::int64_t recordNear(const Day& d, double epochMs)
{
    return std::lower_bound(d.epochMs.begin(), d.epochMs.end(), epochMs) - d.epochMs.begin();
}

} // namespace mag_test
