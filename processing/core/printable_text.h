#pragma once

#include <string>
#include <string_view>

namespace hb {

// `text` as it can be shown in a status bar, a terminal or a JSON record: valid UTF-8 kept, line
// breaks and tabs as single spaces, every other control character and every byte that is not
// part of valid UTF-8 written as \xNN. Error messages quote file contents (CFITSIO's buffer of
// a damaged header) and pass through here when they are made.
std::string printableText(std::string_view text);

} // namespace hb
