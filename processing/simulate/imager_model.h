#pragma once

#include "simulate/simulation_kind.h"

#include <string>

namespace hb::simulate {

// The detector and optics facts the simulator needs for one SECCHI or LASCO imager. Values
// follow the real instruments (ALGORITHMS.md, the real headers in shared/data); where a real
// value is unknown the choice is stated beside it.
struct ImagerModel {
    SimulationKind kind;
    std::string detector;          // DETECTOR keyword
    std::string nameCode;          // SECCHI file-name telescope code: c1 c2 eu h1 h2
    bool secchi = true;            // else LASCO
    int fullSize = 2048;           // CCD side without binning
    int defaultSize = 1024;
    double cdeltDegreesFull = 0;   // plate scale at full size
    double centreElongation = 0;   // HI: elongation of the field centre (Sun outside the field)
    double occulterRsun = 0;       // 0: no occulter
    double outerRsun = 0;          // field-of-view edge (0: the detector edge)
    double exposureSeconds = 1;    // one exposure
    int imagesSummed = 1;          // HI onboard sums (N_IMAGES)
    double cadenceMinutes = 10;
    double biasDn = 0;             // BIASMEAN (0: subtracted onboard, as HI)
    double readNoiseDn = 2;
    double electronsPerDn = 15;
    double saturationDn = 14000;   // per exposure
    int missingBlockSize = 64;     // SECCHI Rice blocks 64 px, LASCO 32 px
    bool hasPlanet = false;
    bool bleedAlongColumns = true; // HI has no shutter: saturated charge runs along the column
    int starCount = 0;
    double cosmicRaysPerFrame = 20;
    std::string filter;
    double wavelength = 0;
};

const ImagerModel& imagerModel(SimulationKind kind);

} // namespace hb::simulate
