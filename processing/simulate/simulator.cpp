#include "simulate/simulator.h"

#include "core/error.h"
#include "io/atomic_output.h"
#include "io/fits/fits_writer.h"
#include "simulate/excam_simulator.h"
#include "simulate/imager_headers.h"
#include "simulate/imager_model.h"
#include "simulate/imager_sequence.h"
#include "simulate/mag_simulator.h"
#include "simulate/simulation_output.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

namespace hb::simulate {

namespace {

constexpr double kRsunArcsecAt1Au = 959.63;

std::string secchiName(UtcTime t, const std::string& typeCode, const std::string& telescope)
{
    const CivilTime c = toCivil(t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d_%02d%02d%02d_%s%sA.fts", c.year, c.month, c.day, c.hour, c.minute,
                  static_cast<int>(c.second), typeCode.c_str(), telescope.c_str());
    return buf;
}

UtcTime startOf(const SimulationRequest& r)
{
    if (r.start)
        return *r.start;
    return r.kind == SimulationKind::Excam ? UtcTime::fromCivil(2027, 6, 1) : UtcTime::fromCivil(2008, 12, 12);
}

UtcTime plusSeconds(UtcTime t, double s)
{
    return {t.nanoseconds + static_cast<std::int64_t>(std::llround(s * 1e9))};
}

// One frame of a SECCHI or LASCO imager: which plan (size), polariser, name.
struct ImagerSlot {
    int size;
    int polarizer;
    bool beacon;
    double hours;
    std::string typeCode;
};

ImagerSlot slotFor(const ImagerModel& m, int defaultSize, int i)
{
    const double cadenceHours = m.cadenceMinutes / 60.0;
    switch (m.kind) {
    case SimulationKind::Cor1:  // polarisation triplets 0/120/240 a few seconds apart
        return {defaultSize, (i % 3) * 120, false, (i / 3) * cadenceHours + (i % 3) * 4.0 / 3600.0, "s4"};
    case SimulationKind::Cor2:  // total-brightness double exposures; every 8th a 256-px beacon
        if (i % 8 == 7)
            return {256, 1001, true, i * cadenceHours + 30.0 / 3600.0, "s7"};
        return {defaultSize, 1001, false, i * cadenceHours, "d4"};
    case SimulationKind::Euvi: return {defaultSize, -1, false, i * cadenceHours, "n4"};
    default: return {defaultSize, -1, false, i * cadenceHours, "s4"};
    }
}

nlohmann::ordered_json commonTruth(const ImagerSequencePlan& plan, const ImagerModel& m, const std::string& name,
                                   UtcTime t, const ImagerSlot& slot)
{
    const double rsunPx = kRsunArcsecAt1Au / 3600.0 / plan.view.cdeltDegrees;
    nlohmann::ordered_json j;
    j["file"] = name;
    j["detector"] = m.detector;
    j["date_obs"] = t.toIso(3);
    j["exptime"] = m.exposureSeconds * m.imagesSummed;
    j["bias_dn"] = m.biasDn;
    j["size"] = plan.size;
    j["beacon"] = slot.beacon;
    j["polarizer_deg"] = slot.polarizer;
    j["signal_dn_per_s_per_unit"] = plan.signalScale;
    if (m.centreElongation == 0) {
        j["sun_center_px"] = {plan.view.crpix1 - 1.0, plan.view.crpix2 - 1.0};
        j["rsun_px"] = rsunPx;
        j["occulter_px"] = m.occulterRsun * rsunPx;
    }
    j["roll_deg"] = plan.view.rollDegrees;
    return j;
}

std::vector<std::string> simulateImager(const SimulationRequest& r, const ImagerModel& m, const steps::RunContext& run)
{
    const int defaultSize = r.size > 0 ? r.size : m.defaultSize;
    const double durationHours = std::max(1.0, r.count * m.cadenceMinutes / 60.0 / (m.kind == SimulationKind::Cor1 ? 3.0 : 1.0));
    RandomStream master(r.seed ^ (static_cast<std::uint64_t>(m.kind) << 32));
    std::map<int, std::unique_ptr<ImagerSequencePlan>> plans;  // by size; the same sky for every frame
    auto planFor = [&](int size) -> const ImagerSequencePlan& {
        auto& slot = plans[size];
        if (!slot) {
            RandomStream planRng = master.fork(1000 + static_cast<std::uint64_t>(size));
            slot = std::make_unique<ImagerSequencePlan>(planImagerSequence(m, size, durationHours, planRng));
        }
        return *slot;
    };

    std::vector<std::string> written;
    for (int i = 0; i < r.count; ++i) {
        if (run.cancelled())
            break;
        const ImagerSlot slot = slotFor(m, defaultSize, i);
        const ImagerSequencePlan& plan = planFor(slot.size);
        RandomStream frameRng = master.fork(static_cast<std::uint64_t>(i) + 1);
        ImagerFrameRequest request;
        request.hours = slot.hours;
        request.polarizerDegrees = slot.polarizer == 1001 ? -1 : slot.polarizer;
        request.injectDefects = !slot.beacon;
        const ImagerFrame frame = synthesizeImagerFrame(plan, request, frameRng);

        const UtcTime t = plusSeconds(startOf(r), slot.hours * 3600.0);
        std::string name;
        if (m.secchi) {
            name = secchiName(t, slot.typeCode, m.nameCode);
        } else {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%c2%06d.fts", m.kind == SimulationKind::LascoC2 ? '2' : '3',
                          300000 + static_cast<int>(r.seed % 1000) * 100 + i);
            name = buf;
        }
        ImagerFrameMeta meta{t, name, slot.polarizer, slot.typeCode == "d4", slot.beacon, 1000 + i, &frame};
        Frame out;
        out.image = frame.dn;
        out.header = m.secchi ? makeSecchiHeader(plan, meta) : makeLascoHeader(plan, meta);

        io::FitsWriteOptions options;
        options.writeMask = false;  // raw Level 0.5 files have no mask extension
        options.stampDate = false;  // same seed, same bytes
        options.writeChecksums = false;
        options.overwrite = r.overwrite;
        if (!m.secchi) {
            options.pixelType = io::FitsPixelType::Int16;
            options.modernizeDates = false;  // LASCO L0.5 keeps its 'YYYY/MM/DD' dates
        } else if (m.imagesSummed > 1) {
            options.pixelType = io::FitsPixelType::Int32;
            options.blank = 0;  // SECCHI HI: zero marks pixels without data
        } else {
            options.pixelType = io::FitsPixelType::UInt16;
        }
        const std::string path = (std::filesystem::path(r.outDir) / name).string();
        io::writeFitsFrame(out, path, options);

        nlohmann::ordered_json truth = commonTruth(plan, m, name, t, slot);
        for (auto& [key, value] : frame.truth.items())
            truth[key] = value;
        writeJsonFile(truth, path + ".truth.json", r.overwrite);
        written.push_back(path);
        run.report(static_cast<std::size_t>(i) + 1, static_cast<std::size_t>(r.count));
    }
    return written;
}

std::vector<std::string> simulateExcam(const SimulationRequest& r, const steps::RunContext& run)
{
    RandomStream master(r.seed ^ 0xE8CA11ULL);
    std::vector<std::string> written;
    for (int i = 0; i < r.count; ++i) {
        if (run.cancelled())
            break;
        RandomStream rng = master.fork(static_cast<std::uint64_t>(i) + 1);
        const UtcTime t = plusSeconds(startOf(r), i * 6.0);  // 5 s exposures, 1 s overhead
        ExcamExposure e = simulateExcamFrame(t, i, rng);
        io::FitsWriteOptions options;
        options.pixelType = io::FitsPixelType::UInt16;
        options.writeMask = false;
        options.stampDate = false;
        options.writeChecksums = false;
        options.overwrite = r.overwrite;
        options.primaryHeader = e.primary;
        const std::string path = (std::filesystem::path(r.outDir) / e.fileName).string();
        io::writeFitsFrame(e.frame, path, options);
        e.truth["file"] = e.fileName;
        e.truth["date_obs"] = t.toIso(3);
        writeJsonFile(e.truth, path + ".truth.json", r.overwrite);
        written.push_back(path);
        run.report(static_cast<std::size_t>(i) + 1, static_cast<std::size_t>(r.count));
    }
    return written;
}

} // namespace

bool isValidSize(SimulationKind kind, int size)
{
    if (kind == SimulationKind::Excam || kind == SimulationKind::Mag)
        return size == 0;
    const int full = imagerModel(kind).fullSize;
    return size == 0 || (size >= 64 && size <= full && (size & (size - 1)) == 0);
}

std::vector<std::string> simulate(const SimulationRequest& r, const steps::RunContext& run)
{
    if (r.count < 1 || r.count > 100000)
        throw Error(r.outDir, "the number of files must be between 1 and 100000, not " + std::to_string(r.count));
    if (!isValidSize(r.kind, r.size))
        throw Error(r.outDir, r.kind == SimulationKind::Excam ? std::string("EXCAM frames have a fixed size (1200 x 2200); do not give a size")
                              : r.kind == SimulationKind::Mag ? std::string("MAG days are time series; do not give a size")
                                                               : "size " + std::to_string(r.size) + " is not a power of two between 64 and "
                                        + std::to_string(imagerModel(r.kind).fullSize));
    std::error_code ec;
    std::filesystem::create_directories(r.outDir, ec);
    if (ec)
        throw Error(r.outDir, "cannot create the output folder: " + ec.message());
    if (r.burst && r.kind != SimulationKind::Mag)
        throw Error(r.outDir, "burst days are simulated for MAG only");
    const auto files = r.kind == SimulationKind::Excam ? simulateExcam(r, run)
                       : r.kind == SimulationKind::Mag ? simulateMag(r, startOf(r), run)
                                                       : simulateImager(r, imagerModel(r.kind), run);

    nlohmann::ordered_json manifest;
    manifest["generator"] = "HelioBench simulate";
    manifest["kind"] = std::string(kindName(r.kind));
    manifest["seed"] = r.seed;
    manifest["count"] = files.size();
    manifest["size"] = r.size;
    if (r.kind == SimulationKind::Mag)
        manifest["burst"] = r.burst;
    manifest["start"] = startOf(r).toIso(3);
    nlohmann::ordered_json names = nlohmann::ordered_json::array();
    for (const auto& f : files)
        names.push_back(std::filesystem::path(f).filename().string());
    manifest["files"] = names;
    const std::string manifestName = "simulation-" + std::string(kindName(r.kind)) + "-seed" + std::to_string(r.seed) + ".json";
    writeJsonFile(manifest, (std::filesystem::path(r.outDir) / manifestName).string(), r.overwrite);
    return files;
}

} // namespace hb::simulate
