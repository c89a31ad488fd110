#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace hb::review {

class SqliteStatement;

// True when the file starts with SQLite's magic header.
bool isSqliteFile(const std::string& path);

// One connection to a SQLite file, opened in WAL mode with full synchronisation so that a
// statement that returned is on disk (a kill or crash loses nothing acknowledged). Errors throw
// hb::Error naming the database file.
class SqliteDatabase {
public:
    explicit SqliteDatabase(const std::string& path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    const std::string& path() const noexcept { return m_path; }
    void exec(const std::string& sql);
    SqliteStatement prepare(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    [[noreturn]] void fail(const std::string& what) const;

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

// A prepared statement; bind with 1-based indices, step() until it returns false.
class SqliteStatement {
public:
    SqliteStatement(SqliteDatabase& db, sqlite3_stmt* statement) : m_db(&db), m_statement(statement) {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement& operator=(SqliteStatement&&) = delete;

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, std::string_view value);
    SqliteStatement& bind(int index, std::nullopt_t);
    template <class T>
    SqliteStatement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }
    bool step();  // true while a row is available
    void run();   // steps to completion

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    SqliteDatabase* m_db;
    sqlite3_stmt* m_statement;
};

// BEGIN IMMEDIATE ... COMMIT; rolled back if not committed (an exception left the scope).
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDatabase& db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    void commit();

private:
    SqliteDatabase& m_db;
    bool m_done = false;
};

} // namespace hb::review
