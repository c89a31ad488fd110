#include "simulate/mag_run_plan.h"

#include "simulate/random_stream.h"

#include <algorithm>
#include <cmath>

namespace hb::simulate {

namespace {

constexpr std::int64_t kNsPerDay = 86400LL * 1000000000LL;
constexpr Vector3 kBaseOffsetNt{22.3, -17.1, -30.0};  // typical 2018 values of STEREO-A
constexpr Vector3 kDriftNtPerDay{0.03, -0.02, 0.01};
constexpr Vector3 kStepNt{-13.6, 0.0, 4.5};           // 22.3 -> 8.7 on X, -30.0 -> -25.5 on Z
constexpr Vector3 kDefaultLookingNt{-17.0, -17.1, -17.0};

double roundedToTenths(double v)
{
    return std::round(v * 10.0) / 10.0;
}

RecordRange rangeOf(RandomStream& rng, double earliestHour, double latestHour, double minMinutes, double maxMinutes)
{
    const double start = rng.uniform(earliestHour, latestHour) * 3600.0;
    const double minutes = rng.uniform(minMinutes, maxMinutes);
    const auto first = static_cast<std::int64_t>(start / kRecordSeconds);
    return {first, first + static_cast<std::int64_t>(minutes * 60.0 / kRecordSeconds)};
}

MagDayPlan planDay(const MagRunPlan& run, int index, RandomStream rng)
{
    MagDayPlan day;
    day.index = index;
    day.start = {run.start.nanoseconds + index * kNsPerDay};
    day.nextDayRecords = rng.integer(3, 41);
    // The defects sit in separate hours so that each can be checked on its own.
    day.gap = rangeOf(rng, 1.0, 2.5, 20, 40);
    day.fill = rangeOf(rng, 3.0, 4.0, 2, 10);
    const std::int64_t glitchFirst = static_cast<std::int64_t>(rng.uniform(11.0, 12.0) * 3600.0 / kRecordSeconds);
    day.glitch = {glitchFirst, glitchFirst + rng.integer(8, 80)};
    const int spikes = rng.integer(12, 30);
    for (int i = 0; i < spikes; ++i) {
        MagSpike s;
        do {
            s.record = static_cast<std::int64_t>(rng.uniform(0.0, 23.9) * 3600.0 / kRecordSeconds);
        } while (day.gap.contains(s.record) || day.fill.contains(s.record) || day.glitch.contains(s.record));
        s.axis = rng.integer(0, 2);
        s.nT = (rng.chance(0.5) ? 1 : -1) * rng.uniform(30.0, 300.0);
        day.spikes.push_back(s);
    }
    std::sort(day.spikes.begin(), day.spikes.end(), [](const MagSpike& a, const MagSpike& b) { return a.record < b.record; });
    // Bursts: one around the shock when it falls on this day, and a few commanded ones.
    const double shockHour = (run.events.shockSeconds - index * 86400.0) / 3600.0;
    if (shockHour > 0.5 && shockHour < 23.0) {
        const auto first = static_cast<std::int64_t>((shockHour - 0.25) * 3600.0 / kRecordSeconds);
        day.bursts.push_back({first, first + static_cast<std::int64_t>(3600.0 / kRecordSeconds)});
    }
    for (const double hour : {13.0, 17.0, 21.0}) {
        const RecordRange b = rangeOf(rng, hour, hour + 1.5, 20, 90);
        if (std::none_of(day.bursts.begin(), day.bursts.end(),
                         [&](const RecordRange& o) { return b.first < o.end + 800 && o.first < b.end + 800; }))
            day.bursts.push_back(b);
    }
    std::sort(day.bursts.begin(), day.bursts.end(), [](const RecordRange& a, const RecordRange& b) { return a.first < b.first; });
    day.offsetNt = run.offsetOnDay(index);
    day.defaultLookingRow = index == run.defaultRowDay;
    return day;
}

} // namespace

Vector3 MagRunPlan::offsetOnDay(int dayIndex) const noexcept
{
    Vector3 o{};
    for (int axis = 0; axis < 3; ++axis)
        o[axis] = roundedToTenths(kBaseOffsetNt[axis] + kDriftNtPerDay[axis] * dayIndex
                                  + (dayIndex >= offsetStepDay ? kStepNt[axis] : 0.0));
    return o;
}

Vector3 MagRunPlan::tableOffsetOnDay(int dayIndex) const noexcept
{
    if (dayIndex != defaultRowDay)
        return offsetOnDay(dayIndex);
    const Vector3 real = offsetOnDay(dayIndex);
    return {kDefaultLookingNt[0], real[1], kDefaultLookingNt[2]};
}

int MagRunPlan::dayIndexOf(UtcTime day) const noexcept
{
    const std::int64_t delta = day.nanoseconds - start.nanoseconds;
    return static_cast<int>(delta >= 0 ? delta / kNsPerDay : -((-delta + kNsPerDay - 1) / kNsPerDay));
}

MagRunPlan planMagRun(UtcTime firstDay, int days, std::uint64_t seed)
{
    RandomStream rng(seed ^ 0x3A61ULL);
    MagRunPlan run;
    run.start = {firstDay.nanoseconds - ((firstDay.nanoseconds % kNsPerDay) + kNsPerDay) % kNsPerDay};
    run.days = days;
    const int eventDay = days / 2;
    SolarWindEvents& e = run.events;
    e.polarity = rng.chance(0.5) ? 1 : -1;
    e.shockSeconds = eventDay * 86400.0 + rng.uniform(5.0, 7.0) * 3600.0;
    e.cloudStartSeconds = e.shockSeconds + rng.uniform(5.0, 7.0) * 3600.0;
    e.cloudEndSeconds = e.cloudStartSeconds + rng.uniform(9.0, 11.0) * 3600.0;
    const double tilt = rng.uniform(-40.0, 40.0) * 3.14159265358979323846 / 180.0;
    e.cloudAxisRtn = {0.15, std::sin(tilt), std::cos(tilt)};
    e.cloudHelicity = rng.chance(0.5) ? 1 : -1;
    run.roll = {rng.uniform(-10.0, 10.0), 0.6};
    run.clockShiftFromSeconds = rng.uniform(2.0, 3.0) * 3600.0;
    run.offsetStepDay = eventDay;
    run.defaultRowDay = eventDay + 1;
    for (int d = 0; d < days; ++d)
        run.dayPlans.push_back(planDay(run, d, rng.fork(static_cast<std::uint64_t>(d) + 1)));
    return run;
}

} // namespace hb::simulate
