#include "instrument_display_defaults.h"

#include "instruments/instrument_family.h"

namespace hb::app {

QString defaultColormap(const std::string& detector)
{
    return QString::fromStdString(instruments::displayDefaultsFor(detector).colormap);
}

double occulterRsun(const std::string& detector)
{
    return instruments::displayDefaultsFor(detector).occulterRsun;
}

} // namespace hb::app
