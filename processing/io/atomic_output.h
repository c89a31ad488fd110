#pragma once

#include <string>

namespace hb::io {

// Writes an output file the safe way: callers write to tempPath(), then commit() moves it into
// place in one rename. Until commit() nothing exists at the final path; if the writer throws,
// the destructor removes the temporary file. Without `overwrite`, commit() refuses to replace
// an existing file (checked atomically with RENAME_NOREPLACE where the file system has it).
class AtomicOutput {
public:
    // Writers that choose a container by the name's extension (video encoders) need the
    // temporary name to end like the final one: TempName::KeepExtension. CFITSIO must not (a ".gz"
    // temporary would be compressed twice), so it is off by default.
    enum class TempName { Hidden, KeepExtension };
    AtomicOutput(std::string finalPath, bool overwrite, TempName tempName = TempName::Hidden);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    const std::string& tempPath() const noexcept { return m_tempPath; }
    const std::string& finalPath() const noexcept { return m_finalPath; }
    void commit();

private:
    std::string m_finalPath;
    std::string m_tempPath;
    bool m_overwrite;
    bool m_committed = false;
};

} // namespace hb::io
