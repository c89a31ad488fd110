#include "instrument_display_defaults.h"

#include "render/colormap.h"

namespace hb::app {

QString defaultColormap(const std::string& detector)
{
    return QString::fromLatin1(render::instrumentColormap(detector));
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
