#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace hb::simulate {

// Side files of a simulation, written atomically like the data files.
void writeJsonFile(const nlohmann::ordered_json& json, const std::string& path, bool overwrite);
void writeTextFile(const std::string& text, const std::string& path, bool overwrite);

} // namespace hb::simulate
