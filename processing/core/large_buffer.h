#pragma once

#include <cstddef>
#include <vector>

namespace hb {

// Hundreds of megabytes of scratch floats (a stack of frames for a background), not zero-filled,
// on transparent huge pages where the system allows them: filling 400 MB of fresh 4 KB pages
// costs 100,000 page faults, of 2 MB pages 200. Move-only; the memory goes back on destruction.
class LargeFloatBuffer {
public:
    LargeFloatBuffer() = default;
    explicit LargeFloatBuffer(std::size_t count);
    ~LargeFloatBuffer();
    LargeFloatBuffer(LargeFloatBuffer&& other) noexcept;
    LargeFloatBuffer& operator=(LargeFloatBuffer&& other) noexcept;
    LargeFloatBuffer(const LargeFloatBuffer&) = delete;
    LargeFloatBuffer& operator=(const LargeFloatBuffer&) = delete;

    float* get() const noexcept { return m_data; }
    std::size_t size() const noexcept { return m_count; }

private:
    void release() noexcept;
    float* m_data = nullptr;
    std::size_t m_count = 0;
    std::size_t m_bytes = 0;
};

// Asks for transparent huge pages under the whole 2 MB pages of [data, data + bytes) (advice only).
void adviseHugePages(void* data, std::size_t bytes) noexcept;

// Reserves room for `count` elements before anything touches it, with huge pages advised: a
// series column of a 32 Hz day (88 MB) is then filled with 44 page faults instead of 22,000
// (on the 2-core machine: 378 ms -> 22 ms to read a day's BFIELD as doubles).
template <typename T>
void reserveLarge(std::vector<T>& v, std::size_t count)
{
    v.reserve(count);
    adviseHugePages(v.data(), count * sizeof(T));
}

} // namespace hb
