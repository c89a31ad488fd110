#pragma once

#include "core/observation_info.h"
#include "core/utc_time.h"

#include <optional>
#include <string>
#include <string_view>

namespace hb::io {

// What a file name alone says, by the missions' naming conventions. Each parser takes the
// bare file name (no folder) and returns nullopt when the name does not follow its convention.
// Names are evidence that supports the header, never a replacement for it.
struct FileNameHints {
    std::optional<std::string> mission;
    std::optional<std::string> spacecraft;
    std::optional<std::string> instrument;
    std::optional<std::string> detector;
    std::optional<std::string> level;
    std::optional<UtcTime> time;
    Downlink downlink = Downlink::Unknown;
};

// SECCHI 'yyyymmdd_hhmmss_TTccS.fts' (also inside longer names such as 'cor1_..._s4c1A.fts'):
// T = image type (s, n, d, k, e; a digit for L1+ products), the digit before the telescope
// code = downlink (4 science, 7 beacon), cc in eu c1 c2 h1 h2, S = A or B.
std::optional<FileNameHints> parseSecchiName(std::string_view name);

// LASCO 'CSnnnnnn.fts': C camera (2 = C2, 3 = C3), S source (1-3 Level 0.5, 4-5 Level 1).
std::optional<FileNameHints> parseLascoName(std::string_view name);

// Roman CGI 'cgi_<visit>_<yyyymmddthhmmss>_l1_.fits' and 'CGI_EXCAM_L1_*.fits'.
std::optional<FileNameHints> parseExcamName(std::string_view name);

// SOHO EIT ('efzYYYYMMDD.hhmmss', 'seit_*', 'SOHO_EIT_*'), MDI ('mdi*'), SDO AIA/HMI ('aia*', 'hmi*').
std::optional<FileNameHints> parseSohoSdoName(std::string_view name);

// Tries every family's convention in turn (instruments/instrument_family.cpp).
std::optional<FileNameHints> parseAnyName(std::string_view name);

} // namespace hb::io
