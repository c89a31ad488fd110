#pragma once

#include "catalog/catalog_entry.h"

#include <nlohmann/json.hpp>

namespace hb {

// The scan record of DESIGN.md section 6: path, mission, spacecraft, instrument, detector,
// level, date_obs (ISO 8601 UTC), exptime, naxis1, naxis2, status ("ok"/"error"), error, plus
// hdu, planes, polarization, filter, wavelength, downlink, size and warnings. Unknown values
// are null.
nlohmann::ordered_json toJson(const CatalogEntry& entry);
nlohmann::ordered_json toJson(const ObservationInfo& info);

} // namespace hb
