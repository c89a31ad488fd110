#pragma once

#include <string>

namespace hb {

// One JSON record as text for output. Texts from files (CFITSIO's messages quoting a damaged
// header, non-UTF-8 file names) may hold bytes that are not UTF-8: they become U+FFFD instead of
// an exception that would lose the record, or the whole run when it is thrown on a worker thread.
template <class Json>
std::string jsonText(const Json& json)
{
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace hb
