#include "io/identify/mission_rules.h"

namespace hb::io {

void readLascoHeader(const Header& header, ObservationInfo& info)
{
    info.mission = "SOHO";
    info.spacecraft = "SOHO";
    info.instrument = "LASCO";
    info.detector = trimmedText(header, "DETECTOR");
    if (const auto level = trimmedText(header, "LEVEL"))
        info.level = normalizeLevel(*level);
    else if (const auto unit = trimmedText(header, "BUNIT"); unit && *unit == "MSB")
        info.level = "1";  // only calibrated products are in mean solar brightness
    info.polarization = trimmedText(header, "POLAR");
}

} // namespace hb::io
