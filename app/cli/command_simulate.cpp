#include "command_line.h"
#include "commands.h"

#include "core/error.h"
#include "simulate/simulator.h"

#include <cstdio>
#include <iostream>

namespace hb::cli {

int runSimulate(const std::vector<std::string>& args, const steps::StepRegistry&)
{
    const CommandLine cl(args, {"overwrite", "quiet", "burst"}, {"out", "count", "seed", "size", "start"});
    if (cl.positional().size() != 1)
        throw UsageError("simulate takes exactly one KIND");
    simulate::SimulationRequest request;
    const auto kind = simulate::parseKind(cl.positional().front());
    if (!kind) {
        std::string names;
        for (auto k : simulate::allKinds())
            names += (names.empty() ? "" : ", ") + std::string(simulate::kindName(k));
        throw UsageError("unknown KIND '" + cl.positional().front() + "'; choose one of " + names);
    }
    request.kind = *kind;
    const auto out = cl.value("out");
    if (!out)
        throw UsageError("simulate needs --out DIR");
    request.outDir = *out;
    // MAG counts days of 19 MB per product; images count files of a few MB.
    request.count = static_cast<int>(cl.integer("count", request.kind == simulate::SimulationKind::Mag ? 1 : 12, 1, 100000));
    request.seed = static_cast<std::uint64_t>(cl.integer("seed", 1, 0, (1LL << 62)));
    request.size = static_cast<int>(cl.integer("size", 0, 0, 4096));
    if (const auto start = cl.value("start")) {
        const auto t = UtcTime::parseIso(*start);
        if (!t)
            throw UsageError("--start needs an ISO 8601 time such as 2008-12-12T00:00:00, not '" + *start + "'");
        request.start = *t;
    }
    request.overwrite = cl.has("overwrite");
    request.burst = cl.has("burst");
    const bool quiet = cl.has("quiet");
    const steps::RunContext run{.progress = [quiet](const steps::Progress& p) {
        if (!quiet)
            std::fprintf(stderr, "\rsimulated %zu/%zu", p.done, p.total);
    }};
    try {
        const auto files = simulate::simulate(request, run);
        if (!quiet)
            std::fprintf(stderr, "\n");
        for (const auto& f : files)
            std::cout << f << '\n';
        return 0;
    } catch (const Error& e) {
        std::cerr << "\n" << e.what() << '\n';
        return 1;
    }
}

} // namespace hb::cli
