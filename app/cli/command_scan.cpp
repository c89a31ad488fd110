#include "command_line.h"
#include "commands.h"

#include "catalog/catalog_json.h"
#include "catalog/file_discovery.h"
#include "catalog/folder_scanner.h"
#include "core/error.h"

#include <chrono>
#include <cstdio>
#include <iostream>

namespace hb::cli {

namespace {
std::string orDash(const std::optional<std::string>& s)
{
    return s ? *s : "-";
}
} // namespace

int runScan(const std::vector<std::string>& args)
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

    std::size_t failed = 0;
    for (const CatalogEntry& e : entries) {
        if (!e.ok) {
            ++failed;
            std::cerr << e.info.path << ": " << e.error << '\n';
        }
        if (cl.has("json")) {
            std::cout << toJson(e).dump() << '\n';
        } else if (e.ok) {
            const auto& i = e.info;
            std::printf("%-24s %-9s %-6s %-5s %-4s %5dx%-5d %s\n", i.time ? i.time->toIso(3).c_str() : "-",
                        orDash(i.spacecraft).c_str(), orDash(i.instrument).c_str(), orDash(i.detector).c_str(),
                        orDash(i.level).c_str(), i.width, i.height, i.path.c_str());
        }
    }
    std::fprintf(stderr, "scanned %zu files in %.2f s: %zu readable, %zu with errors\n", entries.size(), seconds,
                 entries.size() - failed, failed);
    return failed > 0 ? 1 : 0;
}

} // namespace hb::cli
