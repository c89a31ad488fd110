#pragma once

#include <string>
#include <vector>

namespace hb::instruments {

// SECCHI MISSLIST: the missing telemetry blocks as two base-34 digits each (0-9 then a-x, as
// the SECCHI files write them; upper case is read too), block b being row b / blocks-per-row,
// column b % blocks-per-row of 64 x 64 blocks. "1j" is block 53: rows 192-255, columns 320-383
// of a 1024 image (ALGORITHMS-WAVE2 section 1). Blanks (the header's padding) are no digits.
std::vector<int> decodeMissList(const std::string& text);
std::string encodeMissList(const std::vector<int>& blocks);

} // namespace hb::instruments
