#pragma once

#include <string>
#include <vector>

namespace hb::steps {
class StepRegistry;
}

namespace hb::cli {

// Each subcommand takes the words after its name and the steps the program knows, and returns
// the process exit status: 0 all good, 1 some inputs failed (each reported on stderr), 2 usage
// error (thrown as UsageError). Lists of steps and detectors come from `registry` alone.
int runScan(const std::vector<std::string>& args, const steps::StepRegistry& registry);
int runInfo(const std::vector<std::string>& args, const steps::StepRegistry& registry);
int runSimulate(const std::vector<std::string>& args, const steps::StepRegistry& registry);
int runSteps(const std::vector<std::string>& args, const steps::StepRegistry& registry);
int runRun(const std::vector<std::string>& args, const steps::StepRegistry& registry);
int runFlags(const std::vector<std::string>& args, const steps::StepRegistry& registry);
int runMovie(const std::vector<std::string>& args, const steps::StepRegistry& registry);
int runBackground(const std::vector<std::string>& args, const steps::StepRegistry& registry);
int runSeries(const std::vector<std::string>& args, const steps::StepRegistry& registry);
int detectFlags(const std::vector<std::string>& args, const steps::StepRegistry& registry);  // flags detect

// "missing-blocks, corrupted, ...": the names `flags detect` takes, from the registry's detectors.
std::string detectorNames(const steps::StepRegistry& registry);

// The whole command line: `words` without the program name. What main() does, callable in tests
// with a registry of their own.
int runCommandLine(const std::vector<std::string>& words, const steps::StepRegistry& registry);

} // namespace hb::cli
