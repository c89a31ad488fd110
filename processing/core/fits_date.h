#pragma once

#include "core/utc_time.h"

#include <optional>
#include <string_view>

namespace hb {

// Dates as missions actually wrote them into FITS headers, all read as UTC:
//   ISO 8601            '2007-05-03T10:20:18.005', with 'Z' or a space instead of 'T'
//   slashed (LASCO L0.5) '2002/05/21' or '2002/06/06 23:03:55.204'
//   old FITS standard   '21/05/02' (dd/mm/yy, 19yy)
//   old EIT             '11-DEC-96'
// A date without a time of day takes `timeOfDay` ('hh:mm:ss[.fff]', as TIME-OBS) when given.
// Returns nullopt when the text is none of these.
std::optional<UtcTime> parseFitsDate(std::string_view date, std::string_view timeOfDay = {});

// JSOC's TAI form '2010.10.15_23:01:00.000_TAI' (also without fraction), converted to UTC.
std::optional<UtcTime> parseJsocTaiTime(std::string_view text);

} // namespace hb
