#pragma once

#include "core/frame.h"

#include <string>
#include <string_view>

namespace hb::steps {

// Checks shared by steps. Each throws hb::Error naming the input file and the step.
void requirePixels(const Frame& frame, const std::string& stepId);
double requireNumber(const Frame& frame, std::string_view keyword, const std::string& stepId);

// Throws hb::Error unless BUNIT is `unit`; `firstDo` says which step should come before.
void requireUnit(const Frame& frame, const std::string& unit, const std::string& firstDo);
// The frame multiplied by a photometric calibration factor: BUNIT, CALFAC (with `factorUnit`
// as its comment) and a HISTORY line written.
Frame calibrated(const Frame& input, double factor, const std::string& unit, const std::string& factorUnit);

// Multiplies every defined pixel by `factor` (NaN stays NaN).
void scalePixels(Image& image, double factor);
// Down by integer factors fx, fy: mean (surface brightness) or sum (counts) of the defined pixels
// of each block; a block's mask is the union of its pixels' masks; a block with no defined pixel
// is NaN. A sum over a block with undefined pixels is scaled up by (block size / defined pixels),
// an estimate that keeps flux.
Image binBlocks(const Image& in, int fx, int fy, bool sum);

// Marks pixels MISSING and sets them to NaN: never left as zeros that look like sky.
void markMissing(Image& image, int x0, int y0, int width, int height);

// A number for HISTORY text: 6 significant digits, exponent when needed ("1.35e-12", "640").
std::string formatNumber(double value);

// "A" or "B" from OBSRVTRY / the spacecraft name; empty when unknown.
std::string stereoSpacecraftLetter(const Frame& frame);

} // namespace hb::steps
