#pragma once

#include "catalog/catalog_entry.h"

#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <string>
#include <vector>

namespace hb::test {

// The real sample data folder, or an empty string when it is absent (tests then QSKIP, saying so).
std::string sharedDataDir();
std::string sharedData(const std::string& relative);

// Simulated files of one kind in `dir` (see simulate/simulator.h); returns their paths.
std::vector<std::string> simulateInto(const QString& dir, const char* kind, int count, int size = 0, std::uint64_t seed = 1);

// Catalog entries as a scan makes them, for models and panels: a readable SECCHI or LASCO
// frame ("STEREO-A"/"SOHO", "COR2", "2008-12-12T08:07:30", "a.fts") and an unreadable file.
CatalogEntry catalogEntry(const char* spacecraft, const char* detector, const char* iso, const char* name, int size = 512);
CatalogEntry unreadableEntry(const char* name);

// QSettings of this test program alone, emptied: a test never sees the user's or another test's.
void useFreshSettings(const char* testName);

// Runs heliobench-cli with `args`; returns the exit code and fills stdout/stderr.
int runCli(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr, int timeoutMs = 120000);

// SHA-256 of a file's bytes, hex.
QString fileHash(const QString& path);

// fitsverify's errors and warnings for a file, one line each. Two warnings are left out because
// they describe the missions' own cards, which products keep as they are: keywords the standard
// deprecates (EPOCH) and keywords with an undefined value (AIA's ROI_NWIN =). Errors always count.
QStringList fitsverifyProblems(const QString& path);

// Runs a program found on PATH or /usr/bin; -1 when it cannot be started.
int runProgram(const QString& program, const QStringList& args, QByteArray* output = nullptr);

} // namespace hb::test

#define HB_REQUIRE_SHARED_DATA()                                                                            \
    do {                                                                                                    \
        if (hb::test::sharedDataDir().empty())                                                              \
            QSKIP("../shared/data is absent: real-data checks skipped");                                   \
    } while (false)
