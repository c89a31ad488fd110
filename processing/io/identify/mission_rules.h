#pragma once

#include "core/header.h"
#include "core/observation_info.h"

namespace hb::io {

// Per-mission readings of a header into ObservationInfo fields, each in its family's folder
// (processing/instruments/<family>/identify.cpp). Each fills only what the header establishes;
// identify() merges file-name evidence afterwards.
void readSecchiHeader(const Header& header, ObservationInfo& info);
void readLascoHeader(const Header& header, ObservationInfo& info);
void readExcamHeader(const Header& header, ObservationInfo& info);
void readSohoSdoHeader(const Header& header, ObservationInfo& info);

// Shared helpers.
// True when the keyword's text holds `needle`, ignoring case ("SECCHI" in INSTRUME).
bool headerMentions(const Header& header, std::string_view keyword, std::string_view needle);
std::optional<std::string> trimmedText(const Header& header, std::string_view keyword);
// '1.0' -> '1', 'L1' -> '1', '0.5' -> '0.5', 'L2a' -> '2a'.
std::string normalizeLevel(std::string level);
// Shortest text of a number: 240, 0.5, 1.25e-12.
std::string numberText(double value);

} // namespace hb::io
