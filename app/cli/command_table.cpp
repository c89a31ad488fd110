// The commands of heliobench-cli and their dispatch (DESIGN.md section 6).
#include "command_line.h"
#include "commands.h"

#include "core/error.h"
#include "core/version.h"

#include <iostream>
#include <map>
#include <string_view>

namespace hb::cli {

namespace {

constexpr std::string_view kUsage = R"(usage: heliobench-cli COMMAND [ARGS]

  scan DIR [--json] [--threads N]       catalog of DIR from headers only, one record per file
  info FILE [--json] [--hdu N] [--plane N]
                                        identification, header and pixel statistics of one file;
                                        for a CDF: version, majority, compression, attributes,
                                        every variable and the time range
  series INPUT... --var NAME [--format csv|json] [--out FILE] [--start ISO] [--end ISO] [--overwrite]
                                        one variable of CDF files as a table, files joined in time
                                        order: time (ISO UTC, 9 decimals), one column per component
                                        (labels from LABL_PTR_1); fill values empty (null in JSON)
  simulate KIND --out DIR [--count N] [--seed S] [--size N] [--start ISO] [--burst] [--overwrite]
                                        synthetic files with known truth; KIND one of cor1, cor2,
                                        euvi, hi1, hi2, lasco-c2, lasco-c3, excam, mag (N days of
                                        STEREO-A MAG L1 CDFs; --burst adds the 32 Hz burst days)
  steps [--json]                        every processing step with its parameter schema
  run PIPELINE.json INPUT... --out DIR [--layout flat|day|day-size] [--threads N] [--overwrite] [--json]
      [--flags DB|LIST]
                                        runs a pipeline on files and folders; outputs by day;
                                        flagged frames (database or list) are left out
  background INPUT... --out DIR [--pipeline P.json] [--statistic minimum|median|percentile|
      lowest_quartile_mean|mean] [--percentile P] [--min-frames N] [--window all|day|rolling:N]
      [--flags DB|LIST] [--memory MB] [--sequence LABEL] [--overwrite]
                                        per-pixel background of each sequence (or window of days),
                                        flagged frames left out, as FITS with provenance
  movie INPUT... --out FILE|DIR [--pipeline P.json] [--format mp4|avi|webm|gif|png] [--fps N]
      [--width N] [--limits LOW,HIGH | --percentiles LOW,HIGH] [--stretch linear|sqrt|log|asinh|
      histeq] [--colormap NAME] [--title TEXT] [--no-time] [--no-instrument] [--no-number]
      [--colour-bar] [--scale-bar] [--flags DB|LIST] [--skip FILE]... [--products DIR]
      [--frame-list CSV | --no-frame-list] [--sequence LABEL] [--threads N] [--overwrite] [--json]
                                        one sequence through a pipeline into a movie with one display
                                        range; flagged frames left out; the frame list (default
                                        OUT.frames.csv) says what went in and why the rest did not
  flags list --db DB [--json] [--status active,proposed|all]
  flags export --db DB --format txt|csv|json --out FILE [--overwrite]
  flags import --db DB FILE             a reject list (txt), CSV or JSON
  flags detect DETECTOR INPUT... [--json] [--param KEY=VALUE]... [--db DB]
                                        DETECTOR one of: {detectors};
                                        --db stores proposals
  --version, --help

Exit status: 0 all good, 1 some inputs failed (each reported), 2 usage error.
)";

// The usage text with the detectors the registry holds.
std::string usage(const steps::StepRegistry& registry)
{
    std::string text(kUsage);
    const std::string_view placeholder = "{detectors}";
    text.replace(text.find(placeholder), placeholder.size(), detectorNames(registry));
    return text;
}

} // namespace

int runCommandLine(const std::vector<std::string>& words, const steps::StepRegistry& registry)
{
    if (words.empty()) {
        std::cerr << usage(registry);
        return 2;
    }
    const std::string& command = words.front();
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << usage(registry);
        return 0;
    }
    if (command == "--version") {
        std::cout << kProgramName << ' ' << kProgramVersion << '\n';
        return 0;
    }
    const std::vector<std::string> args(words.begin() + 1, words.end());
    using Command = int (*)(const std::vector<std::string>&, const steps::StepRegistry&);
    const std::map<std::string, Command> commands{{"scan", runScan},   {"info", runInfo},   {"simulate", runSimulate},
                                                  {"steps", runSteps}, {"run", runRun},     {"flags", runFlags},
                                                  {"movie", runMovie}, {"background", runBackground}, {"series", runSeries}};
    const auto it = commands.find(command);
    try {
        if (it == commands.end())
            throw UsageError("unknown command '" + command + "'");
        return it->second(args, registry);
    } catch (const UsageError& e) {
        std::cerr << "heliobench-cli: " << e.what() << "\n\n" << usage(registry);
        return 2;
    } catch (const Error& e) {
        std::cerr << "heliobench-cli: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "heliobench-cli: unexpected failure: " << e.what() << '\n';
        return 1;
    }
}

} // namespace hb::cli
