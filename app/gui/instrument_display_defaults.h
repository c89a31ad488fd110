#pragma once

#include <QString>

#include <string>

namespace hb::app {

// The colour map a detector's movies are known by; gray for detectors without one.
QString defaultColormap(const std::string& detector);
// Inner edge of the field of view (occulter) in solar radii, for the overlay; 0 when none.
double occulterRsun(const std::string& detector);

} // namespace hb::app
