#pragma once

#include "io/cdf/cdf_types.h"

#include <cstdint>
#include <string>

namespace hb::io::cdf {

// Expands `input` (one CVVR block or a whole file's CCR data) compressed with `method` into
// exactly `outputBytes` at `output`. The size comes from the file's own records, so a block that
// expands to more (a decompression bomb) or to less is refused: `what` names it in the
// hb::Error, with `path`. Huffman and adaptive Huffman are refused, naming the method.
void decompress(Compression method, const std::uint8_t* input, std::uint64_t inputBytes, std::uint8_t* output,
                std::uint64_t outputBytes, const std::string& path, const std::string& what);

} // namespace hb::io::cdf
