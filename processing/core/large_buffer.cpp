#include "core/large_buffer.h"

#include <cstdint>

#include <new>
#include <sys/mman.h>
#include <utility>

namespace hb {

LargeFloatBuffer::LargeFloatBuffer(std::size_t count) : m_count(count), m_bytes(count * sizeof(float))
{
    if (m_bytes == 0)
        return;
    void* p = ::mmap(nullptr, m_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    ::madvise(p, m_bytes, MADV_HUGEPAGE);  // advice only: without huge pages it still works
#endif
    m_data = static_cast<float*>(p);
}

LargeFloatBuffer::~LargeFloatBuffer()
{
    release();
}

LargeFloatBuffer::LargeFloatBuffer(LargeFloatBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_count(std::exchange(other.m_count, 0)),
      m_bytes(std::exchange(other.m_bytes, 0))
{
}

LargeFloatBuffer& LargeFloatBuffer::operator=(LargeFloatBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_count = std::exchange(other.m_count, 0);
        m_bytes = std::exchange(other.m_bytes, 0);
    }
    return *this;
}

void LargeFloatBuffer::release() noexcept
{
    if (m_data)
        ::munmap(m_data, m_bytes);
    m_data = nullptr;
}

void adviseHugePages(void* data, std::size_t bytes) noexcept
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t kHuge = 2 * 1024 * 1024;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (data && end > begin)
        ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data, (void)bytes;
#endif
}

} // namespace hb
