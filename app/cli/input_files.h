#pragma once

#include <string>
#include <vector>

namespace hb::cli {

// INPUT arguments: files as given, folders searched recursively for inputs, in a stable order.
// Throws hb::Error for a path that does not exist.
std::vector<std::string> collectInputs(const std::vector<std::string>& given);

} // namespace hb::cli
