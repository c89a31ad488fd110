#pragma once

#include "io/cdf/cdf_file.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>

namespace hb::io::cdf {

// The first and last valid times of the file's record-varying time variable (the one most
// data variables name as DEPEND_0), as TT2000; nullopt when it has none.
std::optional<std::pair<std::int64_t, std::int64_t>> timeRange(const CdfFile& file);

// What `heliobench-cli info` prints for a CDF: version, majority, encoding, compression, the
// global attributes, every variable (name, type, dimensions, records, compression, attributes)
// and the time range. Text is printable (attribute values quote the file).
nlohmann::ordered_json describe(const CdfFile& file);

} // namespace hb::io::cdf
