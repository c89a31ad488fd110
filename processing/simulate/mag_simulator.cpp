#include "simulate/mag_simulator.h"

#include "core/error.h"
#include "io/cdf/cdf_writer.h"
#include "simulate/mag_cdf_layout.h"
#include "simulate/mag_day_records.h"
#include "simulate/mag_field_model.h"
#include "simulate/mag_geometry.h"
#include "simulate/mag_run_plan.h"
#include "simulate/simulation_output.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <set>

namespace hb::simulate {

namespace {

constexpr std::int64_t kSamplesPerRecord = 4;

UtcTime atSeconds(UtcTime base, double seconds)
{
    return {base.nanoseconds + static_cast<std::int64_t>(std::llround(seconds * 1e9))};
}

std::string recordTime(const MagDayPlan& day, std::int64_t record)
{
    return atSeconds(day.start, static_cast<double>(record) * kRecordSeconds).toIso(3);
}

nlohmann::ordered_json range(const MagDayPlan& day, const RecordRange& r)
{
    return {{"from", recordTime(day, r.first)}, {"to", recordTime(day, r.end)}, {"first_record", r.first}, {"records", r.end - r.first}};
}

nlohmann::ordered_json vectorJson(const Vector3& v)
{
    return nlohmann::ordered_json::array({v[0], v[1], v[2]});
}

// What was put into the day, for tests and for the scientist checking a step against the truth.
// Record numbers count 8 Hz records from 00:00 of the day, gaps included.
nlohmann::ordered_json dayTruth(const MagRunPlan& run, const MagDayPlan& day)
{
    const SolarWindEvents& e = run.events;
    nlohmann::ordered_json j;
    j["generator"] = "HelioBench simulate mag";
    j["day"] = day.start.dayString();
    j["cadence_s"] = kRecordSeconds;
    j["burst_cadence_s"] = SolarWindField::kSampleSeconds;
    j["normal_records_are"] = "the mean of the four 32 Hz samples from the record's time on";
    j["clock_shift"] = {{"seconds", run.clockShiftSeconds},
                        {"from", atSeconds(run.start, run.clockShiftFromSeconds).toIso(3)},
                        {"meaning", "time tags are late by this from then on: true time = tag - shift"}};
    j["glitch"] = range(day, day.glitch);
    j["glitch"]["tags_late_s"] = 1.0;
    j["gap"] = range(day, day.gap);
    j["fill"] = range(day, day.fill);
    j["fill"]["magflaguc"] = 1;
    nlohmann::ordered_json spikes = nlohmann::ordered_json::array();
    for (const MagSpike& s : day.spikes)
        spikes.push_back({{"time", recordTime(day, s.record)}, {"record", s.record}, {"axis_sc", std::string(1, "XYZ"[s.axis])},
                          {"nT", s.nT}});
    j["spikes"] = spikes;
    j["spikes_note"] = "added in the spacecraft frame to the 8 Hz record (burst files: to its first 32 Hz sample)";
    j["next_day_records"] = day.nextDayRecords;
    nlohmann::ordered_json bursts = nlohmann::ordered_json::array();
    for (const RecordRange& b : day.bursts)
        bursts.push_back(range(day, b));
    j["bursts"] = bursts;
    j["offset_sc_nT"] = vectorJson(day.offsetNt);
    j["offset_note"] = "the sensor's zero level, added in the spacecraft frame for the whole UTC day";
    j["counts_table_nT"] = vectorJson(run.tableOffsetOnDay(day.index));
    j["counts_table_row_default_looking"] = day.defaultLookingRow;
    j["offset_step_day"] = atSeconds(run.start, run.offsetStepDay * 86400.0).dayString();
    j["rotation"] = {{"b_rtn", "M B_SC, M from the rotation rows, interpolated by rotation between rows"},
                     {"roll_deg_at_day_start", run.roll.degreesAt(day.index * 86400.0)},
                     {"roll_deg_per_day", run.roll.degreesPerDay}};
    j["events"] = {{"shock", atSeconds(run.start, e.shockSeconds).toIso(3)},
                   {"shock_compression", e.shockCompression},
                   {"cloud_start", atSeconds(run.start, e.cloudStartSeconds).toIso(3)},
                   {"cloud_end", atSeconds(run.start, e.cloudEndSeconds).toIso(3)},
                   {"cloud_axial_field_nT", e.cloudFieldNt},
                   {"cloud_axis_rtn", vectorJson(e.cloudAxisRtn)},
                   {"cloud_helicity", e.cloudHelicity},
                   {"sector_polarity", e.polarity},
                   {"parker_field_nT", e.parkerFieldNt},
                   {"spiral_angle_deg", e.spiralAngleDegrees}};
    return j;
}

std::string monthTableName(int year, int month)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d%02dStereoACounts.asc", year, month);
    return buf;
}

} // namespace

std::vector<std::string> simulateMag(const SimulationRequest& r, UtcTime start, const steps::RunContext& context)
{
    const MagRunPlan run = planMagRun(start, r.count, r.seed);
    SolarWindField field(run.events, r.seed ^ 0xB1E1DULL);
    const std::filesystem::path dir(r.outDir);
    if (!r.overwrite)  // refuse before a day of work, not after it
        for (const MagDayPlan& day : run.dayPlans)
            for (const bool burst : {false, true})
                for (const MagFrame frame : {MagFrame::Rtn, MagFrame::Sc})
                    if (const auto path = dir / MagProduct{frame, burst, day.start}.fileName();
                        (!burst || r.burst) && std::filesystem::exists(path))
                        throw Error(path.string(), "the file exists already; choose another folder or allow overwriting");
    std::vector<std::string> written;
    for (const MagDayPlan& day : run.dayPlans) {
        if (context.cancelled())
            break;
        std::vector<Vector3> truth;
        field.take(kRecordsPerDay * kSamplesPerRecord, truth);
        SolarWindField lookAhead = field;  // the next day's first records, the same as that day will hold
        lookAhead.take(day.nextDayRecords * kSamplesPerRecord, truth);
        const std::vector<Vector3> sc = spacecraftFieldOfDay(run, day, std::move(truth));
        const nlohmann::ordered_json truthOfDay = dayTruth(run, day);
        for (const bool burst : {false, true}) {
            if (burst && !r.burst)
                continue;
            for (const MagFrame frame : {MagFrame::Rtn, MagFrame::Sc}) {
                const MagProduct product{frame, burst, day.start};
                MagRecords records = buildMagRecords(run, day, sc, frame, burst);
                const std::int64_t count = records.size();
                const std::string path = (dir / product.fileName()).string();
                io::cdf::writeCdf(path, magGlobalAttributes(product), magVariables(product, std::move(records)),
                                  {.version26 = true, .overwrite = r.overwrite});
                nlohmann::ordered_json j;
                j["file"] = product.fileName();
                j["frame"] = frame == MagFrame::Rtn ? "RTN" : "SC";
                j["burst"] = burst;
                j["records"] = count;
                for (const auto& [key, value] : truthOfDay.items())
                    j[key] = value;
                writeJsonFile(j, path + ".truth.json", r.overwrite);
                written.push_back(path);
            }
        }
        context.report(static_cast<std::size_t>(day.index) + 1, static_cast<std::size_t>(run.days));
    }
    if (written.empty())
        return written;

    // The counts tables of every month the days touch, and of the month of the day after the run
    // (its row is the one with default-looking values when the run is short).
    std::set<std::pair<int, int>> months;
    for (int d = 0; d <= std::max(run.days, run.defaultRowDay); ++d) {
        const CivilTime c = toCivil(atSeconds(run.start, d * 86400.0));
        months.insert({c.year, c.month});
    }
    for (const auto& [year, month] : months) {
        const std::string path = (dir / monthTableName(year, month)).string();
        writeTextFile(countsTableText(year, month, [&](UtcTime day) { return run.tableOffsetOnDay(run.dayIndexOf(day)); }),
                      path, r.overwrite);
        written.push_back(path);
    }
    char name[64];
    const CivilTime c = toCivil(run.start);
    std::snprintf(name, sizeof name, "STA_SC_RTN_ROTATION_%04d%02d%02d.txt", c.year, c.month, c.day);
    const std::string rotationPath = (dir / name).string();
    writeTextFile(rotationRowsText(run.start, run.days, run.roll), rotationPath, r.overwrite);
    written.push_back(rotationPath);
    return written;
}

} // namespace hb::simulate
