#pragma once

#include "io/cdf/cdf_file.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace hb::io::cdf {

// One zVariable to write: `records` records of `shape` values of `type`, row-major, in the host's
// byte order (text: `elements` characters per value).
struct CdfVariableToWrite {
    std::string name;
    DataType type = DataType::Real8;
    std::int32_t elements = 1;
    std::vector<std::int32_t> shape;  // empty for a scalar per record
    bool recordVarying = true;
    std::int64_t records = 0;
    std::vector<std::uint8_t> values;  // records * recordBytes
    std::vector<std::pair<std::string, CdfValue>> attributes;  // ISTP: FIELDNAM, UNITS, FILLVAL...
    bool gzip = false;
    int gzipLevel = 6;
};

struct CdfWriteOptions {
    // The layout of CDF 2.6 (4-byte offsets, 64-byte names, magic CDF26002), which the STEREO MAG
    // L1 days use and older tools read; else CDF 3.
    bool version26 = false;
    bool overwrite = false;  // an existing file is replaced only when asked
};

// Writes a single-file, row-major, little-endian (IBMPC) CDF atomically: a temporary file in the
// same folder, renamed into place once complete. Throws hb::Error naming `path`.
void writeCdf(const std::string& path, const std::vector<std::pair<std::string, std::vector<CdfValue>>>& globals,
              const std::vector<CdfVariableToWrite>& variables, const CdfWriteOptions& options = {});

// An attribute entry from text or numbers, for writers.
CdfValue textValue(std::string text);
CdfValue numberValue(DataType type, std::vector<double> numbers);

} // namespace hb::io::cdf
