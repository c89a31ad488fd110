#pragma once

#include "core/utc_time.h"
#include "run/run_context.h"
#include "simulate/simulation_kind.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hb::simulate {

struct SimulationRequest {
    SimulationKind kind = SimulationKind::Cor2;
    std::string outDir;
    int count = 12;
    std::uint64_t seed = 1;
    int size = 0;  // output side in pixels (SECCHI/LASCO); 0 = the instrument's usual size
    // Default: 2008-12-12 for SECCHI and LASCO (a CME day seen by both; LASCO L0.5 still stored
    // upside down), 2027-06-01 for EXCAM (in the Roman mission's time).
    std::optional<UtcTime> start;
    bool overwrite = false;
    bool burst = false;  // MAG: also the burst days (32 Hz inside burst intervals)
};

// Writes `count` synthetic files of `kind` (MAG: `count` days, see mag_simulator.h) into outDir, each with a sidecar
// '<file>.truth.json' stating what was injected where, and 'simulation-<kind>-seed<S>.json'
// listing the run.
// Files carry the mission's real names and keywords (see the per-kind headers). The same
// request gives the same bytes. Returns the paths written. Throws hb::Error (bad request,
// unwritable folder, existing files without `overwrite`).
// Progress counts files; cancelled, it stops after the file being written and returns those
// written so far.
std::vector<std::string> simulate(const SimulationRequest& request, const steps::RunContext& run = {});

// Allowed sizes: a power of two from 64 to the detector's full size.
bool isValidSize(SimulationKind kind, int size);

} // namespace hb::simulate
