#pragma once

#include "io/cdf/cdf_writer.h"
#include "simulate/mag_day_records.h"

#include <string>
#include <utility>
#include <vector>

namespace hb::simulate {

struct MagProduct {
    MagFrame frame = MagFrame::Rtn;
    bool burst = false;
    UtcTime day;
    // STA_L1_MAG_RTN_20081212_V06.cdf, STA_L1_MAGB_SC_20081212_V06.cdf
    std::string fileName() const;
    std::string logicalSource() const;  // sta_l1_mag_rtn
};

// The ISTP global attributes of a STEREO-A IMPACT MAG L1 day, marked as simulated.
std::vector<std::pair<std::string, std::vector<io::cdf::CdfValue>>> magGlobalAttributes(const MagProduct& product);

// Epoch (CDF_EPOCH), BFIELD (REAL4 x 4, FILLVAL -1e31, VALIDMIN/MAX), MAGFLAGUC (UINT4) and the
// component labels, as the real V06 days hold them. Takes the records' arrays.
std::vector<io::cdf::CdfVariableToWrite> magVariables(const MagProduct& product, MagRecords records);

} // namespace hb::simulate
