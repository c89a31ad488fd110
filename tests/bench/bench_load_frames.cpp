// Times reading FITS frames into float32 images (header + pixels + identification), as the
// workbench and the CLI read them. Prints one JSON object: files, seconds, ms_per_frame.
// Usage: bench_load_frames FILE... (each read `repeat` times, default 3; best run counts)
#include "io/file_reader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    std::vector<std::string> files(argv + 1, argv + argc);
    if (files.empty()) {
        std::fprintf(stderr, "usage: bench_load_frames FILE...\n");
        return 2;
    }
    const int repeat = std::getenv("HB_BENCH_REPEAT") ? std::atoi(std::getenv("HB_BENCH_REPEAT")) : 3;
    double best = 1e300;
    double checksum = 0;
    for (int r = 0; r < repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        for (const auto& f : files) {
            const hb::Frame frame = hb::io::readFrame(f);
            checksum += frame.image.pixels()[frame.image.pixelCount() / 2];
        }
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("{\"files\": %zu, \"seconds\": %.4f, \"ms_per_frame\": %.3f, \"checksum\": %.1f}\n", files.size(), best,
                1000.0 * best / static_cast<double>(files.size()), checksum);
    return 0;
}
