#include "io/identify/mission_rules.h"

namespace hb::io {

void readExcamHeader(const Header& header, ObservationInfo& info)
{
    info.mission = "Roman";
    info.spacecraft = "Roman";
    info.instrument = trimmedText(header, "INSTRUME").value_or("CGI");
    info.detector = trimmedText(header, "DETECTOR").value_or("EXCAM");
    for (std::string_view key : {"DATALVL", "DATA_LEVEL"}) {
        if (const auto level = trimmedText(header, key)) {
            info.level = normalizeLevel(*level);
            break;
        }
    }
}

} // namespace hb::io
