#pragma once

#include "core/utc_time.h"
#include "simulate/mag_field_model.h"

#include <array>
#include <functional>
#include <string>
#include <vector>

namespace hb::simulate {

using Matrix3 = std::array<Vector3, 3>;  // rows

// The spacecraft's roll about the Sun line (+X_SC points at the Sun), drifting slowly.
struct RollHistory {
    double startDegrees = 0;
    double degreesPerDay = 0;
    double degreesAt(double secondsFromRunStart) const noexcept { return startDegrees + degreesPerDay * secondsFromRunStart / 86400.0; }
};

// B_RTN = M B_SC: R = -X_SC, and T, N turn with the roll (roll 0: T = -Y_SC, N = +Z_SC). A proper
// rotation (determinant +1), so |B| is the same in both frames.
Matrix3 scToRtn(double rollDegrees) noexcept;
Vector3 multiply(const Matrix3& m, const Vector3& v) noexcept;
Vector3 multiplyTransposed(const Matrix3& m, const Vector3& v) noexcept;

// Rotation-matrix rows in the public pointing-file layout, `YYYY DoY Sec Flag M00 M01 ... M22`
// (day of year from 1, seconds of the day, flag 0), one at the start of each day and one each
// time the roll has moved by 0.25 degrees since the last row, for `days` days from `runStart`.
std::string rotationRowsText(UtcTime runStart, int days, const RollHistory& roll);

// The K factors (nT per count) of the SolarSoft counts tables, X, Y, Z.
constexpr Vector3 kCountsPerNtFactor{0.0146328, 0.0144910, 0.0142581};

// A month of SolarSoft `YYYYMMStereoACounts.asc`: the header line, then a row per day: year, day
// of year at midday (60.5 = 1 March 12:00 in 2018), and for X, Y, Z: K, the offset O (nT, one
// decimal) and the counts (O = -K counts to the table's rounding). `offsetOnDay` gives each
// day's row.
std::string countsTableText(int year, int month, const std::function<Vector3(UtcTime day)>& offsetOnDay);

} // namespace hb::simulate
