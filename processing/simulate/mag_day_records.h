#pragma once

#include "simulate/mag_run_plan.h"

#include <cstdint>
#include <vector>

namespace hb::simulate {

enum class MagFrame { Rtn, Sc };

// One daily product's records as the CDF holds them.
struct MagRecords {
    std::vector<double> epochMs;        // CDF_EPOCH: ms since 0000-01-01
    std::vector<float> field;           // 4 per record: 3 components and |B|
    std::vector<std::uint32_t> flags;   // MAGFLAGUC
    std::int64_t size() const noexcept { return static_cast<std::int64_t>(epochMs.size()); }
};

// The day's field in the spacecraft frame at 32 Hz, offsets included: what the sensor measured,
// from 00:00 to the last next-day record.
std::vector<Vector3> spacecraftFieldOfDay(const MagRunPlan& run, const MagDayPlan& day, std::vector<Vector3> truthRtn);

// The records of a day: 8 Hz (each the mean of its four 32 Hz samples) or, for the burst
// product, 32 Hz inside the day's burst intervals; with the day's defects (gap, fill, spikes,
// 1 s glitch, clock shift, next-day records). RTN records are the rotation of the SC records.
MagRecords buildMagRecords(const MagRunPlan& run, const MagDayPlan& day, const std::vector<Vector3>& scField,
                           MagFrame frame, bool burst);

// CDF_EPOCH of a UTC instant.
double cdfEpochMs(UtcTime t) noexcept;

} // namespace hb::simulate
