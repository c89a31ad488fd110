// Times the catalog's work in-process, as the astropy reference loop is timed in-process:
// discover the files under DIR and read + identify every header (all cores). Prints one JSON
// object: files, seconds (best of 3), ms_per_file.
#include "catalog/file_discovery.h"
#include "catalog/folder_scanner.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_scan_catalog DIR\n");
        return 2;
    }
    double best = 1e300;
    std::size_t files = 0, ok = 0;
    for (int r = 0; r < 3; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const auto entries = hb::scanFiles(hb::discoverInputFiles(argv[1]));
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        files = entries.size();
        ok = static_cast<std::size_t>(std::count_if(entries.begin(), entries.end(), [](const auto& e) { return e.ok; }));
    }
    std::printf("{\"files\": %zu, \"ok\": %zu, \"seconds\": %.4f, \"ms_per_file\": %.4f}\n", files, ok, best,
                1000.0 * best / static_cast<double>(files));
    return 0;
}
