#pragma once

#include "catalog/catalog_entry.h"

#include <span>
#include <string>
#include <vector>

namespace hb {

enum class GroupLevel { Mission, Spacecraft, Detector, Day, Resolution, Level };

// A node of the catalog tree. `entries` (indices into the scanned vector) are filled on leaves
// only, sorted by observation time; `fileCount` counts all files below the node.
struct CatalogGroup {
    std::string label;
    std::vector<CatalogGroup> children;
    std::vector<std::size_t> entries;
    std::size_t fileCount = 0;
};

inline constexpr GroupLevel kDefaultGrouping[] = {GroupLevel::Mission, GroupLevel::Spacecraft, GroupLevel::Detector,
                                                  GroupLevel::Day};

// The label of `entry` at one level: "STEREO", "STEREO-A", "SECCHI COR2", "2007-05-03",
// "1024x1024", "L0.5". Missing values read "unknown ...". Unreadable files all go to one
// top-level node labelled kUnreadableLabel.
std::string groupLabel(const CatalogEntry& entry, GroupLevel level);
inline constexpr const char* kUnreadableLabel = "unreadable files";

// Builds the tree, children sorted by label (days therefore chronologically).
CatalogGroup groupEntries(const std::vector<CatalogEntry>& entries,
                          std::span<const GroupLevel> levels = kDefaultGrouping);

} // namespace hb
