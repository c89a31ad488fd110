#pragma once

#include "core/utc_time.h"
#include "simulate/mag_field_model.h"
#include "simulate/mag_geometry.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace hb::simulate {

// Record ranges count 8 Hz records (125 ms) from the start of their UTC day.
struct RecordRange {
    std::int64_t first = 0, end = 0;  // [first, end)
    bool contains(std::int64_t r) const noexcept { return r >= first && r < end; }
};

struct MagSpike {
    std::int64_t record = 0;
    int axis = 0;      // in the spacecraft frame
    double nT = 0;
};

// What goes wrong on one simulated day, and what the instrument does.
struct MagDayPlan {
    int index = 0;             // from the first day of the run
    UtcTime start;             // 00:00 UTC
    std::int64_t nextDayRecords = 0;  // records of the next day written at the end (3 .. 41)
    std::vector<MagSpike> spikes;
    RecordRange gap;           // no records
    RecordRange fill;          // BFIELD -1e31, MAGFLAGUC 1
    RecordRange glitch;        // time tags 1 s late
    std::vector<RecordRange> bursts;  // 32 Hz in the burst files
    Vector3 offsetNt{};        // the sensor's zero level this day, spacecraft frame
    bool defaultLookingRow = false;  // the counts table shows default values for this day
};

struct MagRunPlan {
    UtcTime start;  // 00:00 UTC of the first day
    int days = 1;
    SolarWindEvents events;
    RollHistory roll;
    double clockShiftSeconds = 0.006;  // time tags late by this from `clockShiftFromSeconds` on
    double clockShiftFromSeconds = 0;
    int offsetStepDay = 0;       // the zero level jumps at 00:00 of this day
    int defaultRowDay = 1;       // this day's counts-table row holds default-looking values
    std::vector<MagDayPlan> dayPlans;

    // The sensor offsets of any day (also days around the run, for the monthly table).
    Vector3 offsetOnDay(int dayIndex) const noexcept;
    // What the counts table says for a day: default-looking values on `defaultRowDay`.
    Vector3 tableOffsetOnDay(int dayIndex) const noexcept;
    int dayIndexOf(UtcTime day) const noexcept;
};

constexpr std::int64_t kRecordsPerDay = 691200;  // 8 Hz
constexpr double kRecordSeconds = 0.125;

MagRunPlan planMagRun(UtcTime firstDay, int days, std::uint64_t seed);

} // namespace hb::simulate
