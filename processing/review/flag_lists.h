#pragma once

#include "review/flag.h"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hb::review {

// Reject lists as the missions keep them (txt: one file name per line, '#' comments) and as
// tables (CSV with a header row, JSON) that carry reason, source, score and note.
enum class ListFormat { Text, Csv, Json };
std::optional<ListFormat> listFormatFromKey(std::string_view key) noexcept;  // "txt", "csv", "json"

// The record `flags list --json` prints and JSON lists hold.
nlohmann::ordered_json flagToJson(const Flag& flag);

void writeFlagList(const std::vector<Flag>& flags, ListFormat format, std::ostream& out);
// Format from the extension (.csv, .json; anything else is text). Names in a text list are
// flagged as corrupted (what the missions' lists hold). Throws hb::Error naming the file and line.
std::vector<Flag> readFlagList(const std::string& path);

// The frames a run leaves out: the active flags of a review database or the names on a list.
class RejectedFrames {
public:
    static bool isReviewDatabase(const std::string& path);
    static RejectedFrames load(const std::string& path);  // database or list, told by content

    bool contains(const std::string& framePath) const { return reason(framePath).has_value(); }
    // Why the frame is left out ("corrupted", "missing_blocks": the reason key, with the note
    // after ": " when there is one), or nothing when it is not.
    std::optional<std::string> reason(const std::string& framePath) const;
    std::size_t size() const noexcept { return m_names.size() + m_paths.size(); }

private:
    std::map<std::string, std::string> m_names;  // bare names from lists -> reason
    std::map<std::string, std::string> m_paths;  // absolute, normalised paths from a database -> reason
};

} // namespace hb::review
