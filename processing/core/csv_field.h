#pragma once

#include <string>
#include <string_view>

namespace hb {

// `text` as one RFC 4180 field: as it is, or quoted with inner quotes doubled when it holds a
// comma, a quote or a line break.
std::string csvField(std::string_view text);

} // namespace hb
