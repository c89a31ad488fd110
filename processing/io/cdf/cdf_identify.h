#pragma once

#include "core/observation_info.h"
#include "io/cdf/cdf_file.h"

namespace hb::io::cdf {

// What a CDF holds, from its ISTP global attributes (Source_name, Descriptor, Data_type,
// Logical_source, Mission_group) and its file name (STA_L1_MAG_RTN_20070101_V06.cdf), with the
// time range of its main time variable. Fields neither establishes stay empty.
ObservationInfo identify(const CdfFile& file);

} // namespace hb::io::cdf
