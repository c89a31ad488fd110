#pragma once

#include "core/header.h"

namespace hb::io {

// Appends to an extension's header the primary header's cards it does not repeat (the INHERIT
// convention: EXCAM keeps TELESCOP and INSTRUME in the primary). Structural cards of the
// primary (SIMPLE, BITPIX, NAXISn, EXTEND, checksums...) are not inherited.
void appendInheritedCards(Header& extension, const Header& primary);

} // namespace hb::io
