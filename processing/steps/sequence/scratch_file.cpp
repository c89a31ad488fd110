#include "steps/sequence/scratch_file.h"

#include "core/error.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace hb::steps {

ScratchFile::ScratchFile(const std::string& directory) : m_directory(directory)
{
    std::string name = directory + "/heliobench-stack-XXXXXX";
    std::vector<char> buffer(name.begin(), name.end());
    buffer.push_back('\0');
    m_fd = ::mkstemp(buffer.data());
    if (m_fd < 0)
        throw Error(directory, std::string("cannot hold a scratch file: ") + std::strerror(errno));
    ::unlink(buffer.data());
}

ScratchFile::~ScratchFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void ScratchFile::write(std::size_t offset, const void* data, std::size_t bytes)
{
    const char* p = static_cast<const char*>(data);
    while (bytes > 0) {
        const ssize_t n = ::pwrite(m_fd, p, bytes, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw Error(m_directory, std::string("scratch file write failed: ") + std::strerror(errno));
        p += n;
        offset += static_cast<std::size_t>(n);
        bytes -= static_cast<std::size_t>(n);
    }
}

void ScratchFile::read(std::size_t offset, void* data, std::size_t bytes) const
{
    char* p = static_cast<char*>(data);
    while (bytes > 0) {
        const ssize_t n = ::pread(m_fd, p, bytes, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw Error(m_directory, std::string("scratch file read failed: ") + (n == 0 ? "short file" : std::strerror(errno)));
        p += n;
        offset += static_cast<std::size_t>(n);
        bytes -= static_cast<std::size_t>(n);
    }
}

} // namespace hb::steps
