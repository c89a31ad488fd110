#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hb::io::cdf {

// The bytes of one CDF file: the file mapped read-only, or (whole-file compressed) its
// uncompressed image in memory. Every read is checked against the end, so that an offset or a
// size a damaged file gives becomes an hb::Error naming the file, never a read past the end.
// The header fields of a CDF are big-endian whatever the data encoding.
class CdfBytes {
public:
    // Maps `path` read-only; throws hb::Error when it cannot be opened.
    static CdfBytes map(const std::string& path);
    // An image built in memory (a decompressed file) that reads as `path` in messages.
    static CdfBytes fromBuffer(std::string path, std::vector<std::uint8_t> bytes);

    CdfBytes(CdfBytes&&) noexcept;
    CdfBytes& operator=(CdfBytes&&) noexcept;
    ~CdfBytes();

    const std::string& path() const noexcept { return m_path; }
    std::uint64_t size() const noexcept { return m_size; }

    // `count` bytes at `offset`; throws naming `what` ("the zVDR of BFIELD") when they are not all in the file.
    const std::uint8_t* at(std::uint64_t offset, std::uint64_t count, const char* what) const;
    std::uint32_t u32(std::uint64_t offset, const char* what) const;
    std::int32_t i32(std::uint64_t offset, const char* what) const { return static_cast<std::int32_t>(u32(offset, what)); }
    std::int64_t i64(std::uint64_t offset, const char* what) const;
    // A NUL-padded name field of `width` bytes, trailing NULs and spaces dropped.
    std::string text(std::uint64_t offset, std::uint64_t width, const char* what) const;

    [[noreturn]] void fail(const std::string& problem) const;

private:
    CdfBytes() = default;
    std::string m_path;
    const std::uint8_t* m_data = nullptr;
    std::uint64_t m_size = 0;
    std::vector<std::uint8_t> m_owned;  // the decompressed image
    void* m_mapping = nullptr;          // munmap'ed on destruction
    std::uint64_t m_mappedBytes = 0;
};

} // namespace hb::io::cdf
