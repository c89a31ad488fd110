#include "io/atomic_output.h"

#include "core/error.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace hb::io {

namespace {
std::atomic<unsigned> g_counter{0};

std::string systemMessage(int err)
{
    return std::strerror(err);
}
} // namespace

AtomicOutput::AtomicOutput(std::string finalPath, bool overwrite, TempName tempName)
    : m_finalPath(std::move(finalPath))
    , m_overwrite(overwrite)
{
    namespace fs = std::filesystem;
    const fs::path target(m_finalPath);
    if (!overwrite && fs::exists(target))
        throw Error(m_finalPath, "the file exists already; choose another name or allow overwriting");
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(dir))
        throw Error(m_finalPath, "the folder " + dir.string() + " does not exist");
    // Hidden temporary name in the same folder, so the final rename stays on one file system.
    m_tempPath = (dir / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-"
                         + std::to_string(g_counter.fetch_add(1))
                         + (tempName == TempName::KeepExtension ? target.extension().string() : std::string())))
                     .string();
}

AtomicOutput::~AtomicOutput()
{
    if (!m_committed)
        std::remove(m_tempPath.c_str());
}

void AtomicOutput::commit()
{
    if (int fd = ::open(m_tempPath.c_str(), O_RDONLY); fd >= 0) {
        ::fsync(fd);  // the data reach the disk before the name does
        ::close(fd);
    }
    const unsigned flags = m_overwrite ? 0u : RENAME_NOREPLACE;
    int rc = ::renameat2(AT_FDCWD, m_tempPath.c_str(), AT_FDCWD, m_finalPath.c_str(), flags);
    if (rc != 0 && errno == EINVAL && !m_overwrite) {
        // File systems without RENAME_NOREPLACE: link() fails if the target exists, atomically.
        rc = ::link(m_tempPath.c_str(), m_finalPath.c_str());
        if (rc == 0)
            std::remove(m_tempPath.c_str());
    }
    if (rc != 0) {
        const int err = errno;
        if (err == EEXIST)
            throw Error(m_finalPath, "the file appeared while it was being written; nothing was overwritten");
        throw Error(m_finalPath, "could not move the finished file into place: " + systemMessage(err));
    }
    m_committed = true;
}

} // namespace hb::io
