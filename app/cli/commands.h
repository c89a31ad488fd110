#pragma once

#include <string>
#include <vector>

namespace hb::cli {

// Each subcommand takes the words after its name and returns the process exit status:
// 0 all good, 1 some inputs failed (each reported on stderr), 2 usage error (thrown as UsageError).
int runScan(const std::vector<std::string>& args);
int runInfo(const std::vector<std::string>& args);
int runSimulate(const std::vector<std::string>& args);
int runSteps(const std::vector<std::string>& args);
int runRun(const std::vector<std::string>& args);
int runFlags(const std::vector<std::string>& args);
int runMovie(const std::vector<std::string>& args);
int runBackground(const std::vector<std::string>& args);
int detectFlags(const std::vector<std::string>& args);  // flags detect

} // namespace hb::cli
