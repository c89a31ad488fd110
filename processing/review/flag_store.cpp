#include "review/flag_store.h"

#include "core/error.h"
#include "core/utc_time.h"

#include <chrono>
#include <filesystem>

#include <sys/stat.h>

namespace hb::review {

namespace fs = std::filesystem;

namespace {

// 'HBRV': tells a HelioBench review database from any other SQLite file.
constexpr int kApplicationId = 0x48425256;

constexpr std::string_view kFlagColumns =
    "SELECT flags.id, files.path, files.name, files.size, files.mtime, files.frame_time, files.instrument, "
    "flags.reason, flags.status, flags.detector, flags.detector_version, flags.score, flags.note, flags.created, "
    "flags.changed FROM flags JOIN files ON files.id = flags.file_id ";

std::string nowIso()
{
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    return UtcTime{ns.count()}.toIso(3) + "Z";
}

Flag readFlag(const SqliteStatement& row)
{
    Flag f;
    f.id = row.integer(0);
    f.path = row.text(1);
    f.name = row.text(2);
    f.size = row.optionalInteger(3);
    f.mtime = row.optionalInteger(4);
    f.frameTime = row.optionalText(5);
    f.instrument = row.optionalText(6);
    f.reason = reasonFromKey(row.text(7)).value_or(FlagReason::Other);
    f.status = statusFromKey(row.text(8)).value_or(FlagStatus::Cleared);
    if (!row.isNull(9))
        f.source = DetectorSource{row.text(9), static_cast<int>(row.integer(10)), row.real(11)};
    f.note = row.text(12);
    f.created = row.text(13);
    f.changed = row.text(14);
    return f;
}

} // namespace

std::string_view statusKey(FlagStatus status) noexcept
{
    switch (status) {
    case FlagStatus::Active: return "active";
    case FlagStatus::Proposed: return "proposed";
    case FlagStatus::Dismissed: return "dismissed";
    case FlagStatus::Cleared: return "cleared";
    }
    return "cleared";
}

std::optional<FlagStatus> statusFromKey(std::string_view key) noexcept
{
    for (FlagStatus s : {FlagStatus::Active, FlagStatus::Proposed, FlagStatus::Dismissed, FlagStatus::Cleared})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

void ReviewMarks::set(const std::string& relativePath, const FrameMark& mark)
{
    m_byPath[relativePath] = mark;
    m_pathOfName[fs::path(relativePath).filename().string()] = relativePath;
}

const FrameMark* ReviewMarks::find(const std::string& relativePath) const
{
    if (auto it = m_byPath.find(relativePath); it != m_byPath.end())
        return &it->second;
    // A bare name from an imported list stands for the file of that name wherever it lies.
    const auto named = m_pathOfName.find(fs::path(relativePath).filename().string());
    if (named == m_pathOfName.end() || named->second.find('/') != std::string::npos)
        return nullptr;
    return &m_byPath.at(named->second);
}

FlagStore::FlagStore(const std::string& databasePath, const std::string& root)
    : m_db(databasePath),
      m_root(fs::absolute(root.empty() ? fs::path(databasePath).parent_path() : fs::path(root)).lexically_normal().string())
{
    migrate();
}

void FlagStore::migrate()
{
    auto pragma = [&](const char* sql) {
        SqliteStatement s = m_db.prepare(sql);
        return s.step() ? s.integer(0) : 0;
    };
    const std::int64_t application = pragma("PRAGMA application_id");
    const std::int64_t version = pragma("PRAGMA user_version");
    const std::int64_t tables = pragma("SELECT count(*) FROM sqlite_master");
    if (application != kApplicationId && tables > 0)
        throw Error(m_db.path(), "is a SQLite database but not a HelioBench review database");
    if (version > kSchemaVersion)
        throw Error(m_db.path(), "was written by a newer HelioBench (review schema " + std::to_string(version) +
                                     ", this version reads up to " + std::to_string(kSchemaVersion) + ")");
    SqliteTransaction transaction(m_db);
    if (version < 1) {
        m_db.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
        m_db.exec(R"sql(
CREATE TABLE files(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  size INTEGER,
  mtime INTEGER,
  frame_time TEXT,
  instrument TEXT);
CREATE INDEX files_by_name ON files(name);
CREATE TABLE flags(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  file_id INTEGER NOT NULL REFERENCES files(id),
  reason TEXT NOT NULL,
  status TEXT NOT NULL CHECK(status IN ('active', 'proposed', 'dismissed', 'cleared')),
  detector TEXT,
  detector_version INTEGER,
  score REAL,
  note TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL,
  changed TEXT NOT NULL);
CREATE UNIQUE INDEX one_active_flag_per_file ON flags(file_id) WHERE status = 'active';
CREATE INDEX flags_by_file ON flags(file_id);
CREATE TABLE reviewed(
  file_id INTEGER PRIMARY KEY REFERENCES files(id),
  at TEXT NOT NULL);
)sql");
    }
    // Later schema versions add their migration here, each in this same transaction.
    m_db.exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
    transaction.commit();
}

std::string FlagStore::relativePath(const std::string& path) const
{
    const fs::path absolute = fs::absolute(path).lexically_normal();
    const fs::path relative = absolute.lexically_relative(m_root);
    if (relative.empty() || *relative.begin() == "..")
        return absolute.generic_string();
    return relative.generic_string();
}

std::optional<std::int64_t> FlagStore::existingFileId(const std::string& relativePath) const
{
    SqliteStatement byPath = m_db.prepare("SELECT id FROM files WHERE path = ?");
    byPath.bind(1, relativePath);
    if (byPath.step())
        return byPath.integer(0);
    SqliteStatement byName = m_db.prepare("SELECT id FROM files WHERE path = ?");
    byName.bind(1, fs::path(relativePath).filename().string());
    if (byName.step())
        return byName.integer(0);
    return std::nullopt;
}

std::int64_t FlagStore::fileId(const FrameRef& frame)
{
    const std::string relative = relativePath(frame.path);
    std::optional<std::int64_t> size, mtime;
    struct stat status {};
    if (::stat(frame.path.c_str(), &status) == 0) {
        size = static_cast<std::int64_t>(status.st_size);
        mtime = static_cast<std::int64_t>(status.st_mtime);
    }
    if (const auto id = existingFileId(relative)) {
        // What is known now completes what was known (a name imported from a list gets its file).
        m_db.prepare("UPDATE files SET path = ?, size = coalesce(?, size), mtime = coalesce(?, mtime), "
                     "frame_time = coalesce(?, frame_time), instrument = coalesce(?, instrument) WHERE id = ?")
            .bind(1, relative)
            .bind(2, size)
            .bind(3, mtime)
            .bind(4, frame.frameTime)
            .bind(5, frame.instrument)
            .bind(6, *id)
            .run();
        return *id;
    }
    m_db.prepare("INSERT INTO files(path, name, size, mtime, frame_time, instrument) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, relative)
        .bind(2, fs::path(relative).filename().string())
        .bind(3, size)
        .bind(4, mtime)
        .bind(5, frame.frameTime)
        .bind(6, frame.instrument)
        .run();
    return m_db.lastInsertId();
}

std::optional<Flag> FlagStore::activeFlag(std::int64_t fileId) const
{
    SqliteStatement s = m_db.prepare(std::string(kFlagColumns) + "WHERE flags.file_id = ? AND flags.status = 'active'");
    s.bind(1, fileId);
    if (s.step())
        return readFlag(s);
    return std::nullopt;
}

Flag FlagStore::flagById(std::int64_t id) const
{
    SqliteStatement s = m_db.prepare(std::string(kFlagColumns) + "WHERE flags.id = ?");
    s.bind(1, id);
    if (!s.step())
        throw Error(m_db.path(), "has no flag number " + std::to_string(id));
    return readFlag(s);
}

Flag FlagStore::flag(const FrameRef& frame, FlagReason reason, const std::optional<std::string>& note)
{
    const std::lock_guard lock(m_mutex);
    SqliteTransaction transaction(m_db);
    const std::int64_t file = fileId(frame);
    const std::string now = nowIso();
    std::int64_t id = 0;
    if (const auto existing = activeFlag(file)) {
        id = existing->id;
        m_db.prepare("UPDATE flags SET reason = ?, note = coalesce(?, note), detector = NULL, detector_version = NULL, "
                     "score = NULL, changed = ? WHERE id = ?")
            .bind(1, reasonKey(reason))
            .bind(2, note)
            .bind(3, now)
            .bind(4, id)
            .run();
    } else {
        m_db.prepare("INSERT INTO flags(file_id, reason, status, note, created, changed) VALUES (?, ?, 'active', ?, ?, ?)")
            .bind(1, file)
            .bind(2, reasonKey(reason))
            .bind(3, note.value_or(""))
            .bind(4, now)
            .bind(5, now)
            .run();
        id = m_db.lastInsertId();
    }
    // Flagging a frame means it was looked at.
    m_db.prepare("INSERT OR IGNORE INTO reviewed(file_id, at) VALUES (?, ?)").bind(1, file).bind(2, now).run();
    transaction.commit();
    return flagById(id);
}

bool FlagStore::clear(const std::string& path)
{
    const std::lock_guard lock(m_mutex);
    const auto file = existingFileId(relativePath(path));
    if (!file)
        return false;
    m_db.prepare("UPDATE flags SET status = 'cleared', changed = ? WHERE file_id = ? AND status = 'active'")
        .bind(1, nowIso())
        .bind(2, *file)
        .run();
    return m_db.changes() > 0;
}

void FlagStore::setNote(const std::string& path, const std::string& note)
{
    const std::lock_guard lock(m_mutex);
    const auto file = existingFileId(relativePath(path));
    if (file)
        m_db.prepare("UPDATE flags SET note = ?, changed = ? WHERE file_id = ? AND status = 'active'")
            .bind(1, note)
            .bind(2, nowIso())
            .bind(3, *file)
            .run();
    if (!file || m_db.changes() == 0)
        throw Error(path, "is not flagged: a note belongs to a flag");
}

void FlagStore::markReviewed(const FrameRef& frame)
{
    const std::lock_guard lock(m_mutex);
    SqliteTransaction transaction(m_db);
    const std::int64_t file = fileId(frame);
    m_db.prepare("INSERT OR IGNORE INTO reviewed(file_id, at) VALUES (?, ?)").bind(1, file).bind(2, nowIso()).run();
    transaction.commit();
}

std::int64_t FlagStore::propose(const FrameRef& frame, FlagReason reason, const DetectorSource& source,
                                const std::string& note)
{
    const std::lock_guard lock(m_mutex);
    SqliteTransaction transaction(m_db);
    const std::int64_t file = fileId(frame);
    const std::string now = nowIso();
    // One open proposal per frame and detector: running a detector again updates it.
    m_db.prepare("DELETE FROM flags WHERE file_id = ? AND status = 'proposed' AND detector = ?")
        .bind(1, file)
        .bind(2, source.id)
        .run();
    m_db.prepare("INSERT INTO flags(file_id, reason, status, detector, detector_version, score, note, created, changed) "
                 "VALUES (?, ?, 'proposed', ?, ?, ?, ?, ?, ?)")
        .bind(1, file)
        .bind(2, reasonKey(reason))
        .bind(3, source.id)
        .bind(4, static_cast<std::int64_t>(source.version))
        .bind(5, source.score)
        .bind(6, note)
        .bind(7, now)
        .bind(8, now)
        .run();
    const std::int64_t id = m_db.lastInsertId();
    transaction.commit();
    return id;
}

void FlagStore::accept(std::int64_t proposalId)
{
    const std::lock_guard lock(m_mutex);
    SqliteTransaction transaction(m_db);
    const Flag proposal = flagById(proposalId);
    if (proposal.status != FlagStatus::Proposed)
        throw Error(m_db.path(), "flag " + std::to_string(proposalId) + " is not a proposal");
    const std::string now = nowIso();
    m_db.prepare("UPDATE flags SET status = 'cleared', changed = ? WHERE status = 'active' AND file_id = "
                 "(SELECT file_id FROM flags WHERE id = ?)")
        .bind(1, now)
        .bind(2, proposalId)
        .run();
    m_db.prepare("UPDATE flags SET status = 'active', changed = ? WHERE id = ?").bind(1, now).bind(2, proposalId).run();
    m_db.prepare("INSERT OR IGNORE INTO reviewed(file_id, at) SELECT file_id, ? FROM flags WHERE id = ?")
        .bind(1, now)
        .bind(2, proposalId)
        .run();
    transaction.commit();
}

void FlagStore::dismiss(std::int64_t proposalId)
{
    const std::lock_guard lock(m_mutex);
    m_db.prepare("UPDATE flags SET status = 'dismissed', changed = ? WHERE id = ? AND status = 'proposed'")
        .bind(1, nowIso())
        .bind(2, proposalId)
        .run();
    if (m_db.changes() == 0)
        throw Error(m_db.path(), "flag " + std::to_string(proposalId) + " is not a proposal");
}

FrameReviewState FlagStore::state(const std::string& path) const
{
    const std::lock_guard lock(m_mutex);
    FrameReviewState state;
    const auto file = existingFileId(relativePath(path));
    if (!file)
        return state;
    state.active = activeFlag(*file);
    SqliteStatement reviewed = m_db.prepare("SELECT 1 FROM reviewed WHERE file_id = ?");
    reviewed.bind(1, *file);
    state.reviewed = reviewed.step();
    return state;
}

void FlagStore::restore(const std::string& path, const FrameReviewState& state)
{
    const std::lock_guard lock(m_mutex);
    SqliteTransaction transaction(m_db);
    const std::int64_t file = fileId(FrameRef{path, {}, {}});
    const std::string now = nowIso();
    m_db.prepare("UPDATE flags SET status = 'cleared', changed = ? WHERE file_id = ? AND status = 'active'")
        .bind(1, now)
        .bind(2, file)
        .run();
    if (state.active)
        m_db.prepare("UPDATE flags SET status = 'active', reason = ?, note = ?, changed = ? WHERE id = ? AND file_id = ?")
            .bind(1, reasonKey(state.active->reason))
            .bind(2, state.active->note)
            .bind(3, now)
            .bind(4, state.active->id)
            .bind(5, file)
            .run();
    if (state.reviewed)
        m_db.prepare("INSERT OR IGNORE INTO reviewed(file_id, at) VALUES (?, ?)").bind(1, file).bind(2, now).run();
    else
        m_db.prepare("DELETE FROM reviewed WHERE file_id = ?").bind(1, file).run();
    transaction.commit();
}

std::vector<Flag> FlagStore::flags(std::optional<FlagStatus> status) const
{
    const std::lock_guard lock(m_mutex);
    SqliteStatement s = m_db.prepare(std::string(kFlagColumns) +
                                     (status ? "WHERE flags.status = ? " : "") +
                                     "ORDER BY files.frame_time IS NULL, files.frame_time, files.path, flags.id");
    if (status)
        s.bind(1, statusKey(*status));
    std::vector<Flag> result;
    while (s.step())
        result.push_back(readFlag(s));
    return result;
}

ReviewMarks FlagStore::marks() const
{
    const std::lock_guard lock(m_mutex);
    SqliteStatement s = m_db.prepare(
        "SELECT files.path, "
        "(SELECT reason FROM flags WHERE file_id = files.id AND status = 'active'), "
        "EXISTS(SELECT 1 FROM reviewed WHERE file_id = files.id), "
        "(SELECT count(*) FROM flags WHERE file_id = files.id AND status = 'proposed') FROM files");
    ReviewMarks marks;
    while (s.step()) {
        FrameMark mark;
        if (!s.isNull(1))
            mark.flagged = reasonFromKey(s.text(1)).value_or(FlagReason::Other);
        mark.reviewed = s.integer(2) != 0;
        mark.proposals = static_cast<int>(s.integer(3));
        marks.set(s.text(0), mark);
    }
    return marks;
}

std::size_t FlagStore::addImported(const std::vector<Flag>& imported)
{
    const std::lock_guard lock(m_mutex);
    SqliteTransaction transaction(m_db);
    std::size_t added = 0;
    const std::string now = nowIso();
    for (const Flag& f : imported) {
        std::int64_t file = 0;
        if (const auto id = existingFileId(f.path)) {
            file = *id;
        } else {
            m_db.prepare("INSERT INTO files(path, name, size, mtime, frame_time, instrument) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(1, f.path)
                .bind(2, fs::path(f.path).filename().string())
                .bind(3, f.size)
                .bind(4, f.mtime)
                .bind(5, f.frameTime)
                .bind(6, f.instrument)
                .run();
            file = m_db.lastInsertId();
        }
        if (activeFlag(file))
            continue;
        SqliteStatement insert = m_db.prepare(
            "INSERT INTO flags(file_id, reason, status, detector, detector_version, score, note, created, changed) "
            "VALUES (?, ?, 'active', ?, ?, ?, ?, ?, ?)");
        insert.bind(1, file).bind(2, reasonKey(f.reason));
        if (f.source)
            insert.bind(3, f.source->id).bind(4, static_cast<std::int64_t>(f.source->version)).bind(5, f.source->score);
        else
            insert.bind(3, std::nullopt).bind(4, std::nullopt).bind(5, std::nullopt);
        insert.bind(6, f.note).bind(7, f.created.empty() ? now : f.created).bind(8, now).run();
        ++added;
    }
    transaction.commit();
    return added;
}

} // namespace hb::review
