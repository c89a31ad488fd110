#include "io/identify/mission_rules.h"

#include <algorithm>
#include <cctype>

namespace hb::io {

namespace {
bool mentions(const std::optional<std::string>& text, std::string_view needle)
{
    if (!text)
        return false;
    std::string up(*text);
    std::transform(up.begin(), up.end(), up.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return up.find(needle) != std::string::npos;
}
} // namespace

void readSohoSdoHeader(const Header& header, ObservationInfo& info)
{
    const auto instrume = trimmedText(header, "INSTRUME");
    const auto telescop = trimmedText(header, "TELESCOP");
    const auto content = trimmedText(header, "CONTENT");
    if (mentions(instrume, "EIT") || mentions(telescop, "EIT"))
        info.instrument = "EIT";
    else if (mentions(instrume, "MDI") || mentions(content, "MDI"))
        info.instrument = "MDI";
    else if (mentions(instrume, "AIA") || mentions(telescop, "SDO/AIA"))
        info.instrument = "AIA";
    else if (mentions(instrume, "HMI") || mentions(telescop, "SDO/HMI"))
        info.instrument = "HMI";
    const bool sdo = info.instrument == "AIA" || info.instrument == "HMI";
    info.mission = sdo ? "SDO" : "SOHO";
    info.spacecraft = info.mission;
    info.detector = trimmedText(header, "DETECTOR");
    if (const auto level = trimmedText(header, "LEVEL")) {
        info.level = normalizeLevel(*level);
    } else if (const auto lvl = header.number("LVL_NUM")) {
        info.level = numberText(*lvl);
    }
}

} // namespace hb::io
