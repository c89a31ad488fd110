#pragma once

#include "core/header.h"
#include "simulate/imager_sequence.h"

#include <string>

namespace hb::simulate {

// What one simulated exposure needs written into its header beyond the sequence plan.
struct ImagerFrameMeta {
    UtcTime start;
    std::string fileName;
    int polarizerDegrees = -1;  // -1 none (HI, EUVI), 1001 total brightness, else angle
    bool doubleExposure = false;
    bool beacon = false;
    int imageCounter = 0;
    const ImagerFrame* frame = nullptr;
};

// SECCHI Level 0.5 header with the real keyword set (see the HI-1 header in shared/data).
Header makeSecchiHeader(const ImagerSequencePlan& plan, const ImagerFrameMeta& meta);
// LASCO Level 0.5 header, old date forms included (DATE-OBS 'YYYY/MM/DD' + TIME-OBS).
Header makeLascoHeader(const ImagerSequencePlan& plan, const ImagerFrameMeta& meta);

} // namespace hb::simulate
