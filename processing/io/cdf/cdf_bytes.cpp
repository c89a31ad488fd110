#include "io/cdf/cdf_bytes.h"

#include "core/error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hb::io::cdf {

CdfBytes CdfBytes::map(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw Error(path, std::string("cannot open the file: ") + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw Error(path, "not a regular file");
    }
    CdfBytes bytes;
    bytes.m_path = path;
    bytes.m_size = static_cast<std::uint64_t>(info.st_size);
    if (bytes.m_size > 0) {
        void* mapping = ::mmap(nullptr, bytes.m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (mapping == MAP_FAILED) {
            const int problem = errno;
            ::close(fd);
            throw Error(path, std::string("cannot map the file: ") + std::strerror(problem));
        }
        bytes.m_mapping = mapping;
        bytes.m_mappedBytes = bytes.m_size;
        bytes.m_data = static_cast<const std::uint8_t*>(mapping);
    }
    ::close(fd);
    return bytes;
}

CdfBytes CdfBytes::fromBuffer(std::string path, std::vector<std::uint8_t> image)
{
    CdfBytes bytes;
    bytes.m_path = std::move(path);
    bytes.m_owned = std::move(image);
    bytes.m_data = bytes.m_owned.data();
    bytes.m_size = bytes.m_owned.size();
    return bytes;
}

CdfBytes::CdfBytes(CdfBytes&& other) noexcept { *this = std::move(other); }

CdfBytes& CdfBytes::operator=(CdfBytes&& other) noexcept
{
    if (this != &other) {
        if (m_mapping)
            ::munmap(m_mapping, m_mappedBytes);
        m_path = std::move(other.m_path);
        m_owned = std::move(other.m_owned);
        m_mapping = other.m_mapping;
        m_mappedBytes = other.m_mappedBytes;
        m_size = other.m_size;
        m_data = m_mapping ? static_cast<const std::uint8_t*>(m_mapping) : m_owned.data();
        other.m_mapping = nullptr;
        other.m_data = nullptr;
        other.m_size = other.m_mappedBytes = 0;
    }
    return *this;
}

CdfBytes::~CdfBytes()
{
    if (m_mapping)
        ::munmap(m_mapping, m_mappedBytes);
}

const std::uint8_t* CdfBytes::at(std::uint64_t offset, std::uint64_t count, const char* what) const
{
    if (offset > m_size || count > m_size - offset)
        fail(std::string(what) + " lies past the end of the file (" + std::to_string(count) + " bytes at offset " +
             std::to_string(offset) + " of " + std::to_string(m_size) + ")");
    return m_data + offset;
}

std::uint32_t CdfBytes::u32(std::uint64_t offset, const char* what) const
{
    const std::uint8_t* p = at(offset, 4, what);
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

std::int64_t CdfBytes::i64(std::uint64_t offset, const char* what) const
{
    const std::uint8_t* p = at(offset, 8, what);
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | p[i];
    return static_cast<std::int64_t>(v);
}

std::string CdfBytes::text(std::uint64_t offset, std::uint64_t width, const char* what) const
{
    const auto* p = reinterpret_cast<const char*>(at(offset, width, what));
    std::size_t n = 0;
    while (n < width && p[n] != '\0')
        ++n;
    while (n > 0 && p[n - 1] == ' ')
        --n;
    return std::string(p, n);
}

void CdfBytes::fail(const std::string& problem) const { throw Error(m_path, problem); }

} // namespace hb::io::cdf
