#pragma once

#include <cstddef>

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

} // namespace hb
