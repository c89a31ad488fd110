#pragma once

#include "core/image.h"

#include <atomic>
#include <cstddef>
#include <span>
#include <string>

namespace hb::steps {

// Noise gating (DeForest 2017, ApJ 838:155): the (x, y, t) cube is cut into overlapping cubies
// apodised by a sin^2 window, each cubie is Fourier transformed in three dimensions, and the
// components not clearly above the noise spectrum estimated from all cubies are removed (gate)
// or damped (Wiener). Noise that changes from frame to frame goes; what moves smoothly stays.
struct NoiseGateOptions {
    enum class Model { Constant, Shot, Hybrid };
    enum class Method { Gate, Wiener };

    int cubePixels = 12;  // cubie side in x and y; a multiple of 3 (cubies overlap by 2/3)
    int cubeFrames = 12;  // cubie length in time; a multiple of 3
    Model model = Model::Hybrid;
    Method method = Method::Gate;
    double factor = 2.0;          // a component is kept above factor x the noise
    double percentile = 50;       // ensemble percentile taken as the noise (shot or constant model)
    double darkFactor = 1.5;      // the same for the constant part of the hybrid model
    double darkPercentile = 5;
};

NoiseGateOptions::Model noiseModelOf(const std::string& name);    // constant, shot, hybrid
NoiseGateOptions::Method noiseMethodOf(const std::string& name);  // gate, wiener

// The frame frames[target] noise-gated against its neighbours. `frames` are consecutive frames
// of one sequence, all the same size, the first being the sequence's frame `firstIndex`; cubies
// sit on a grid fixed to the sequence, so consecutive targets share them, and beyond the ends of
// `frames` the sequence is mirrored. Unusable pixels (NaN, masked missing, saturated or hit by a
// cosmic ray) are filled for the transform and keep their input value. Throws hb::Error (no file)
// for bad options, Cancelled when `cancel` is raised.
Image noiseGate(std::span<const Image* const> frames, std::size_t target, std::size_t firstIndex,
                const NoiseGateOptions& options, const std::atomic<bool>* cancel = nullptr);

} // namespace hb::steps
