#include "simulate/mag_day_records.h"

#include <algorithm>
#include <cmath>

namespace hb::simulate {

namespace {

constexpr double kUnixToEpochMs = 62167219200000.0;  // 0000-01-01 to 1970-01-01
constexpr float kFill = -1e31f;
constexpr int kBurstPerRecord = 4;

// Tags: the record's true time, late by the clock shift once it began and by 1 s in a glitch.
double tagMs(const MagRunPlan& run, const MagDayPlan& day, std::int64_t record, int burstSample)
{
    const double seconds = static_cast<double>(record) * kRecordSeconds + burstSample * SolarWindField::kSampleSeconds;
    const double runSeconds = day.index * 86400.0 + seconds;
    double late = runSeconds >= run.clockShiftFromSeconds ? run.clockShiftSeconds : 0.0;
    if (day.glitch.contains(record))
        late += 1.0;
    return cdfEpochMs(day.start) + (seconds + late) * 1000.0;
}

void push(MagRecords& out, double epochMs, const Vector3& v, bool fill)
{
    out.epochMs.push_back(epochMs);
    out.flags.push_back(fill ? 1u : 0u);
    if (fill) {
        out.field.insert(out.field.end(), 4, kFill);
        return;
    }
    const float x = static_cast<float>(v[0]), y = static_cast<float>(v[1]), z = static_cast<float>(v[2]);
    const double magnitude = std::sqrt(double(x) * x + double(y) * y + double(z) * z);
    out.field.insert(out.field.end(), {x, y, z, static_cast<float>(magnitude)});
}

} // namespace

double cdfEpochMs(UtcTime t) noexcept
{
    return static_cast<double>(t.nanoseconds / 1000000) + static_cast<double>(t.nanoseconds % 1000000) / 1e6 + kUnixToEpochMs;
}

std::vector<Vector3> spacecraftFieldOfDay(const MagRunPlan& run, const MagDayPlan& day, std::vector<Vector3> truthRtn)
{
    std::vector<Vector3>& sc = truthRtn;  // turned in place: a day at 32 Hz is 66 MB
    const Vector3 today = day.offsetNt, tomorrow = run.offsetOnDay(day.index + 1);
    Matrix3 m{};
    for (std::size_t i = 0; i < truthRtn.size(); ++i) {
        const double seconds = static_cast<double>(i) * SolarWindField::kSampleSeconds;
        // The roll moves 7e-7 degrees in a record's 125 ms: one rotation serves its four samples.
        if (i % kBurstPerRecord == 0)
            m = scToRtn(run.roll.degreesAt(day.index * 86400.0 + seconds));
        const Vector3 b = multiplyTransposed(m, truthRtn[i]);
        const Vector3& o = seconds < 86400.0 ? today : tomorrow;
        sc[i] = {b[0] + o[0], b[1] + o[1], b[2] + o[2]};
    }
    return truthRtn;
}

MagRecords buildMagRecords(const MagRunPlan& run, const MagDayPlan& day, const std::vector<Vector3>& scField,
                           MagFrame frame, bool burst)
{
    const std::int64_t records = kRecordsPerDay + day.nextDayRecords;
    MagRecords out;
    const std::size_t expected = static_cast<std::size_t>(records) + (burst ? 3 * static_cast<std::size_t>(records) / 4 : 0);
    out.epochMs.reserve(expected);
    out.flags.reserve(expected);
    out.field.reserve(4 * expected);
    auto spike = day.spikes.begin();
    auto burstRange = day.bursts.begin();
    const auto rotated = [&](std::int64_t record, int j, Vector3 v) {
        if (frame == MagFrame::Sc)
            return v;
        const double seconds = day.index * 86400.0 + static_cast<double>(record) * kRecordSeconds + j * SolarWindField::kSampleSeconds;
        return multiply(scToRtn(run.roll.degreesAt(seconds)), v);
    };
    for (std::int64_t r = 0; r < records; ++r) {
        while (spike != day.spikes.end() && spike->record < r)
            ++spike;
        while (burstRange != day.bursts.end() && burstRange->end <= r)
            ++burstRange;
        if (day.gap.contains(r))
            continue;
        const bool fill = day.fill.contains(r);
        const Vector3* samples = &scField[static_cast<std::size_t>(r * kBurstPerRecord)];
        Vector3 spikeNt{};
        if (spike != day.spikes.end() && spike->record == r)
            spikeNt[spike->axis] = spike->nT;
        if (burst && burstRange != day.bursts.end() && burstRange->contains(r)) {
            for (int j = 0; j < kBurstPerRecord; ++j) {
                Vector3 v = samples[j];
                if (j == 0)
                    for (int c = 0; c < 3; ++c)
                        v[c] += spikeNt[c];
                push(out, tagMs(run, day, r, j), rotated(r, j, v), fill);
            }
            continue;
        }
        Vector3 mean{};
        for (int j = 0; j < kBurstPerRecord; ++j)
            for (int c = 0; c < 3; ++c)
                mean[c] += samples[j][c] / kBurstPerRecord;
        for (int c = 0; c < 3; ++c)
            mean[c] += spikeNt[c];
        push(out, tagMs(run, day, r, 0), rotated(r, 0, mean), fill);
    }
    return out;
}

} // namespace hb::simulate
