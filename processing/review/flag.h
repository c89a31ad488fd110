#pragma once

#include "review/flag_reason.h"

#include <cstdint>
#include <optional>
#include <string>

namespace hb::review {

// A frame as the store identifies it: the file, and what the catalog knows of it.
struct FrameRef {
    std::string path;                       // on disk, absolute or relative to the working folder
    std::optional<std::string> frameTime;   // ISO 8601 UTC
    std::optional<std::string> instrument;  // "LASCO C2", "SECCHI COR2"
};

// Who proposed a flag: a detector step, its version and its score (higher: more certain).
struct DetectorSource {
    std::string id;
    int version = 1;
    double score = 0;
};

// Active: the frame is flagged. Proposed: a detector suggests it, waiting for the scientist.
// Dismissed: a proposal the scientist rejected. Cleared: a flag taken back (kept as history).
enum class FlagStatus { Active, Proposed, Dismissed, Cleared };
std::string_view statusKey(FlagStatus status) noexcept;
std::optional<FlagStatus> statusFromKey(std::string_view key) noexcept;

struct Flag {
    std::int64_t id = 0;
    std::string path;  // relative to the store's root with '/' separators (or a bare name from a list)
    std::string name;  // file name: lists shared between machines match on it
    std::optional<std::int64_t> size;   // bytes when flagged; unknown for names imported from lists
    std::optional<std::int64_t> mtime;  // seconds since 1970 when flagged
    std::optional<std::string> frameTime;
    std::optional<std::string> instrument;
    FlagReason reason = FlagReason::Other;
    FlagStatus status = FlagStatus::Active;
    std::optional<DetectorSource> source;  // none: made by hand
    std::string note;
    std::string created;  // ISO 8601 UTC
    std::string changed;
};

} // namespace hb::review
