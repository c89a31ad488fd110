#pragma once

#include "core/utc_time.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hb {

enum class Downlink { Unknown, Science, Beacon };
std::string_view downlinkName(Downlink d) noexcept;  // "science", "beacon", "unknown"

// What a file is, from its header with its file name as support. Every field that the header
// and the name cannot establish stays empty (JSON null): nothing is guessed. Vocabulary as in
// DESIGN.md section 6 (mission STEREO, spacecraft STEREO-A, instrument SECCHI, detector COR2,
// level as the mission writes it: "0.5", "1", "2a").
struct ObservationInfo {
    std::string path;
    int hdu = 0;  // 0-based index of the HDU holding the image (0 = primary)

    std::optional<std::string> mission;
    std::optional<std::string> spacecraft;
    std::optional<std::string> instrument;
    std::optional<std::string> detector;
    std::optional<std::string> level;
    std::optional<UtcTime> time;          // start of exposure, UTC
    std::optional<double> exposure;       // seconds
    std::optional<std::string> polarization;  // as written: "240", "1001" (total brightness), "Clear"
    std::optional<std::string> filter;
    std::optional<double> wavelength;     // Angstrom
    Downlink downlink = Downlink::Unknown;
    int width = 0;   // NAXIS1 of the image (0 when the file holds no image)
    int height = 0;  // NAXIS2
    int planes = 1;  // NAXIS3 for cubes
    // Time series (a CDF): `time` is the first sample, `endTime` the last; `dataset` the ISTP
    // Logical_source ("psp_fld_l2_mag_RTN_1min").
    bool series = false;
    std::optional<UtcTime> endTime;
    std::optional<std::string> dataset;

    // Disagreements between header and file name, oddities worth telling the scientist.
    std::vector<std::string> warnings;
};

} // namespace hb
