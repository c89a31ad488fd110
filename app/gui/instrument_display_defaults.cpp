#include "instrument_display_defaults.h"

namespace hb::app {

QString defaultColormap(const std::string& detector)
{
    if (detector == "C2")
        return QStringLiteral("lasco-c2");
    if (detector == "C3")
        return QStringLiteral("lasco-c3");
    if (detector == "COR1" || detector == "COR2")
        return QStringLiteral("secchi-cor");
    if (detector == "EUVI")
        return QStringLiteral("secchi-euvi");
    if (detector == "HI1" || detector == "HI2")
        return QStringLiteral("secchi-hi");
    return QStringLiteral("gray");
}

double occulterRsun(const std::string& detector)
{
    if (detector == "C2")
        return 2.2;
    if (detector == "C3")
        return 3.7;
    if (detector == "COR1")
        return 1.4;
    if (detector == "COR2")
        return 2.5;
    return 0.0;
}

} // namespace hb::app
