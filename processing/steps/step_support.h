#pragma once

#include "core/frame.h"

#include <string>
#include <string_view>

namespace hb::steps {

// Checks shared by steps. Each throws hb::Error naming the input file and the step.
void requirePixels(const Frame& frame, const std::string& stepId);
double requireNumber(const Frame& frame, std::string_view keyword, const std::string& stepId);

// Multiplies every defined pixel by `factor` (NaN stays NaN).
void scalePixels(Image& image, double factor);
// Marks pixels MISSING and sets them to NaN: never left as zeros that look like sky.
void markMissing(Image& image, int x0, int y0, int width, int height);

// A number for HISTORY text: 6 significant digits, exponent when needed ("1.35e-12", "640").
std::string formatNumber(double value);

// "A" or "B" from OBSRVTRY / the spacecraft name; empty when unknown.
std::string stereoSpacecraftLetter(const Frame& frame);

} // namespace hb::steps
