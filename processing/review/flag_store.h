#pragma once

#include "review/flag.h"
#include "review/sqlite_database.h"

#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace hb::review {

// What review mode shows for one frame.
struct FrameMark {
    std::optional<FlagReason> flagged;  // the active flag's reason
    bool reviewed = false;
    int proposals = 0;                  // detector proposals waiting for a decision
};

// Marks of every frame the store knows, found by relative path or, for names imported from a
// list, by file name.
class ReviewMarks {
public:
    void set(const std::string& relativePath, const FrameMark& mark);
    const FrameMark* find(const std::string& relativePath) const;
    std::size_t size() const noexcept { return m_byPath.size(); }

private:
    std::unordered_map<std::string, FrameMark> m_byPath;
    std::unordered_map<std::string, std::string> m_pathOfName;
};

// Everything known about one frame; restore() puts it back exactly (undo in review mode).
struct FrameReviewState {
    std::optional<Flag> active;
    bool reviewed = false;
};

// The review database of a data set: flags, proposals, notes and which frames were looked at.
// Every call that changes something is one committed transaction before it returns, so an
// acknowledged flag survives a crash or kill -9. Several processes may use one database (WAL).
// Thread-safe. Errors throw hb::Error naming the database file.
class FlagStore {
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr const char* kDefaultFileName = "heliobench-review.db";

    // Opens or creates the database; relative paths are taken from `root` (default: the
    // database's folder, i.e. the data folder it was made for).
    explicit FlagStore(const std::string& databasePath, const std::string& root = {});

    const std::string& databasePath() const noexcept { return m_db.path(); }
    const std::string& root() const noexcept { return m_root; }
    std::string relativePath(const std::string& path) const;

    // By hand: flags the frame (or changes the reason of its flag). A note replaces the old one.
    Flag flag(const FrameRef& frame, FlagReason reason, const std::optional<std::string>& note = {});
    bool clear(const std::string& path);  // false when the frame was not flagged
    void setNote(const std::string& path, const std::string& note);  // of the active flag
    void markReviewed(const FrameRef& frame);

    // From a detector: a proposal, kept apart until accepted or dismissed.
    std::int64_t propose(const FrameRef& frame, FlagReason reason, const DetectorSource& source,
                         const std::string& note = {});
    void accept(std::int64_t proposalId);  // becomes the frame's active flag
    void dismiss(std::int64_t proposalId);

    FrameReviewState state(const std::string& path) const;
    void restore(const std::string& path, const FrameReviewState& state);

    std::vector<Flag> flags(std::optional<FlagStatus> status = FlagStatus::Active) const;
    ReviewMarks marks() const;

    // Adds flags read from a list (import); entries for frames already flagged keep the existing
    // flag. Returns how many were added.
    std::size_t addImported(const std::vector<Flag>& flags);

private:
    std::int64_t fileId(const FrameRef& frame);
    std::optional<std::int64_t> existingFileId(const std::string& relativePath) const;
    std::optional<Flag> activeFlag(std::int64_t fileId) const;
    Flag flagById(std::int64_t id) const;
    void migrate();

    mutable std::mutex m_mutex;
    mutable SqliteDatabase m_db;
    std::string m_root;
};

} // namespace hb::review
