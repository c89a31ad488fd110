#include "io/cdf/cdf_signature.h"

#include <array>
#include <cstdint>
#include <cstdio>

namespace hb::io {

bool hasCdfSignature(const std::string& path)
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return false;
    std::array<unsigned char, 4> head{};
    const std::size_t n = std::fread(head.data(), 1, head.size(), f);
    std::fclose(f);
    if (n != head.size())
        return false;
    // The magic number is stored big-endian whatever the file's data encoding.
    const std::uint32_t magic = (std::uint32_t{head[0]} << 24) | (std::uint32_t{head[1]} << 16) | (std::uint32_t{head[2]} << 8) | head[3];
    return magic == 0xCDF30001u || magic == 0xCDF26002u || magic == 0x0000FFFFu;
}

} // namespace hb::io
