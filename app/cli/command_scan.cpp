#include "core/json_text.h"
#include "core/worker_threads.h"
#include "command_line.h"
#include "commands.h"

#include "catalog/catalog_json.h"
#include "catalog/file_discovery.h"
#include "catalog/folder_scanner.h"
#include "core/error.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <cstdio>
#include <iostream>

namespace hb::cli {

namespace {
std::string orDash(const std::optional<std::string>& s)
{
    return s ? *s : "-";
}
} // namespace

int runScan(const std::vector<std::string>& args, const steps::StepRegistry&)
{
    const CommandLine cl(args, {"json"}, {"threads"});
    if (cl.positional().size() != 1)
        throw UsageError("scan takes exactly one folder");
    const auto threads = static_cast<unsigned>(cl.integer("threads", 0, 0, 256));
    const auto started = std::chrono::steady_clock::now();
    const std::vector<std::string> files = discoverInputFiles(cl.positional().front());
    ScanOptions options;
    options.threads = threads;
    const std::vector<CatalogEntry> entries = scanFiles(files, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    // JSON text for thousands of records costs as much as a third of the scan: made in parallel.
    std::vector<std::string> lines(cl.has("json") ? entries.size() : 0);
    parallelFor(lines.size(), workerThreads(0, lines.size()), [&](std::size_t i) { lines[i] = jsonText(toJson(entries[i])); });
    std::size_t failed = 0, damaged = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const CatalogEntry& e = entries[i];
        if (!e.ok) {
            ++failed;
            std::cerr << e.info.path << ": " << e.error << '\n';
        } else if (!e.damage.empty()) {
            ++damaged;
            std::cerr << e.info.path << ": " << e.damage << " (read in part)\n";
        }
        if (cl.has("json")) {
            std::cout << lines[i] << '\n';
        } else if (e.ok) {
            const auto& info = e.info;
            std::printf("%-24s %-9s %-6s %-5s %-4s %5dx%-5d %s\n", info.time ? info.time->toIso(3).c_str() : "-",
                        orDash(info.spacecraft).c_str(), orDash(info.instrument).c_str(), orDash(info.detector).c_str(),
                        orDash(info.level).c_str(), info.width, info.height, info.path.c_str());
        }
    }
    std::fprintf(stderr, "scanned %zu files in %.2f s: %zu readable (%zu of them damaged), %zu with errors\n", entries.size(),
                 seconds, entries.size() - failed, damaged, failed);
    return failed > 0 ? 1 : 0;
}

} // namespace hb::cli
