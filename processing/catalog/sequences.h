#pragma once

#include "catalog/catalog_entry.h"

#include <string>
#include <vector>

namespace hb {

// "LASCO C2", "SECCHI COR2": how sequences and the review database name instruments.
std::string instrumentLabel(const ObservationInfo& info);

// Same instrument and detector, size, polarisation and filter: frames that may be compared.
bool looksAlike(const ObservationInfo& a, const ObservationInfo& b);

// Frames that look alike (same instrument and detector, size, polarisation and filter), ordered
// by observation time: what a movie, a background or a running difference runs over.
struct FrameSequence {
    std::string label;  // "LASCO C2 1024x1024", with the polarisation and filter when set
    std::vector<CatalogEntry> frames;
};

// Groups scanned entries with pixels into sequences (in a stable order of their labels).
// Entries that failed to scan or hold no image are left out: callers report them.
std::vector<FrameSequence> groupSequences(std::vector<CatalogEntry> entries);

} // namespace hb
