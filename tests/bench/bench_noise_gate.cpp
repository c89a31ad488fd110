// Noise gate speed on 1024 x 1024 frames: seconds for one frame of a sequence (what the live
// preview waits for), for each cubie size. Usage: bench_noise_gate [size] [frames]
#include "steps/sequence/noise_gate.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

int main(int argc, char** argv)
{
    const int size = argc > 1 ? std::atoi(argv[1]) : 1024;
    const int count = argc > 2 ? std::atoi(argv[2]) : 23;
    std::mt19937 rng(5);
    std::normal_distribution<float> noise(0.0f, 3.0f);
    std::vector<hb::Image> frames;
    for (int k = 0; k < count; ++k) {
        hb::Image image(size, size);
        for (float& v : image.pixels())
            v = 500.0f + noise(rng);
        frames.push_back(std::move(image));
    }
    std::vector<const hb::Image*> pointers;
    for (const auto& f : frames)
        pointers.push_back(&f);
    for (int cube : {12, 18}) {
        hb::steps::NoiseGateOptions options;
        options.cubePixels = options.cubeFrames = cube;
        const auto start = std::chrono::steady_clock::now();
        const auto out = hb::steps::noiseGate(pointers, static_cast<std::size_t>(count / 2), 0, options);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("noise gate, cubie %d, one %dx%d frame of %d: %.2f s (%.0f ns per pixel)\n", cube, size, size, count,
                    seconds, seconds * 1e9 / (double(size) * size));
    }
    return 0;
}
