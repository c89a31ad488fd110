#include "io/identify/mission_rules.h"


namespace hb::io {

void readSecchiHeader(const Header& header, ObservationInfo& info)
{
    info.mission = "STEREO";
    info.instrument = "SECCHI";
    if (const auto obs = trimmedText(header, "OBSRVTRY")) {
        if (*obs == "STEREO_A")
            info.spacecraft = "STEREO-A";
        else if (*obs == "STEREO_B")
            info.spacecraft = "STEREO-B";
        else
            info.warnings.push_back("OBSRVTRY = '" + *obs + "' is not STEREO_A or STEREO_B");
    }
    info.detector = trimmedText(header, "DETECTOR");
    // Level 0.5 files carry no level keyword; secchi_prep writes its name into HISTORY.
    for (const std::string& h : header.commentary("HISTORY"))
        if (h.find("secchi_prep") != std::string::npos)
            info.level = "1";
    if (const auto polar = header.number("POLAR"); polar && *polar >= 0.0) {
        // Angles in degrees; 1001/1002/1004 are total brightness, pB and angle products.
        info.polarization = numberText(*polar);
    }
    if (const auto downlink = trimmedText(header, "DOWNLINK")) {
        if (downlink->starts_with("SSR"))
            info.downlink = Downlink::Science;
        else if (*downlink == "SW" || *downlink == "RT")
            info.downlink = Downlink::Beacon;
    }
}

} // namespace hb::io
