#pragma once

#include "core/time_series.h"
#include "core/utc_time.h"
#include "io/cdf/cdf_file.h"

#include <optional>
#include <string>
#include <vector>

// What the series readers take from a CDF's attributes and name, the ISTP way.
namespace hb::io::cdf::series_support {

// One name per component: from the LABL_PTR_1 variable, else NAME_0, NAME_1...
std::vector<std::string> componentNames(const CdfFile& file, const CdfVariable& variable, std::uint64_t components);
// The first number of an attribute (FILLVAL, VALIDMIN), or `otherwise`.
double firstNumber(const CdfVariable& variable, const char* key, double otherwise);
// The UTC day a daily file names (STA_L1_MAG_RTN_20081212_V06.cdf): the first run of exactly
// eight digits that is a date.
std::optional<UtcTime> dayOfFileName(const std::string& path);
// The frame of the components: COORDINATE_SYSTEM (or REFERENCE_FRAME), else one the dataset names.
std::string coordinateSystemOf(const CdfVariable& variable, const std::string& dataset);
SeriesMetadata metadataOf(const CdfFile& file, const CdfVariable& variable);

} // namespace hb::io::cdf::series_support
