#pragma once

#include "catalog/catalog_entry.h"

#include <cstddef>
#include <string>
#include <vector>

namespace hb {

// What belongs together in one sequence, for movies, backgrounds, running differences, the
// detectors' neighbours and playback alike: the same spacecraft, instrument and detector, the
// same image size, polarisation and filter. The CLI and every path of the window ask here, so
// that they never disagree about which frames make a sequence (COR1's 0/120/240 degree polariser
// images are three sequences, STEREO-A and STEREO-B two).

// "LASCO C2", "SECCHI COR2": how the review database and the catalog name instruments.
std::string instrumentLabel(const ObservationInfo& info);

// True when frames a and b belong to the same sequence.
bool looksAlike(const ObservationInfo& a, const ObservationInfo& b);

// "STEREO-A SECCHI COR1 512x512 polar 120", "LASCO C2 1024x1024": the spacecraft is named where
// the mission has more than one.
std::string sequenceLabel(const ObservationInfo& info);

// Frames that look alike, ordered by observation time.
struct FrameSequence {
    std::string label;
    std::vector<CatalogEntry> frames;
};

// Groups scanned entries with pixels into sequences (in a stable order of their labels).
// Entries that failed to scan or hold no image are left out: callers report them.
std::vector<FrameSequence> groupSequences(std::vector<CatalogEntry> entries);

// The positions in `entries` of the sequence that entries[around] belongs to, in time order (ties
// by position); only those of its UTC day when `sameDay`. Empty when that entry has no image.
std::vector<std::size_t> sequenceAround(const std::vector<CatalogEntry>& entries, std::size_t around, bool sameDay);

} // namespace hb
