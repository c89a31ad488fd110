#pragma once

#include "core/header.h"

#include <vector>

namespace hb::io {

// The cards of `header` as they may be written into a new, conforming file:
// - structural cards (SIMPLE, BITPIX, NAXISn, EXTEND, BSCALE/BZERO/BLANK, checksums,
//   tile-compression Z* cards) are left out: the writer makes its own;
// - tabs and other non-printable characters become spaces (real LASCO HISTORY has tabs);
// - keywords the standard defines as floating point get a decimal point (EQUINOX = 2000.0);
// - WCSAXES moves before the other WCS keywords, as the standard requires;
// - dates in old forms (DATE-OBS='2002/05/21' with TIME-OBS, '11-DEC-96') become ISO 8601;
//   the original text is kept in the card's comment so nothing is lost.
std::vector<HeaderCard> cardsForOutput(const Header& header, bool modernizeDates = true);

} // namespace hb::io
