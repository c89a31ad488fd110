#include "catalog/frame_cache.h"

#include "io/file_reader.h"

namespace hb {

FrameCache::FrameCache(std::size_t budgetBytes)
    : m_budget(budgetBytes)
{
}

std::size_t FrameCache::bytesOf(const Frame& frame)
{
    constexpr std::size_t kBytesPerCard = 160;  // three short strings and the vector slot
    return frame.image.pixelCount() * (sizeof(float) + sizeof(MaskBits)) + frame.header.size() * kBytesPerCard;
}

std::shared_ptr<const Frame> FrameCache::find(const std::string& path)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_index.find(path);
    if (it == m_index.end())
        return nullptr;
    m_items.splice(m_items.begin(), m_items, it->second);
    return it->second->frame;
}

bool FrameCache::contains(const std::string& path) const
{
    std::lock_guard lock(m_mutex);
    return m_index.contains(path);
}

void FrameCache::insert(const std::string& path, std::shared_ptr<const Frame> frame)
{
    if (!frame)
        return;
    std::lock_guard lock(m_mutex);
    if (const auto it = m_index.find(path); it != m_index.end()) {
        m_used -= it->second->bytes;
        m_items.erase(it->second);
        m_index.erase(it);
    }
    const std::size_t bytes = bytesOf(*frame);
    m_items.push_front({path, std::move(frame), bytes});
    m_index[path] = m_items.begin();
    m_used += bytes;
    evictToBudget();
}

void FrameCache::evictToBudget()
{
    // The newest frame always stays, even when it alone is over budget: it is being shown.
    while (m_used > m_budget && m_items.size() > 1) {
        const Item& last = m_items.back();
        m_used -= last.bytes;
        m_index.erase(last.path);
        m_items.pop_back();
    }
}

void FrameCache::setBudget(std::size_t bytes)
{
    std::lock_guard lock(m_mutex);
    m_budget = bytes;
    evictToBudget();
}

std::size_t FrameCache::budget() const
{
    std::lock_guard lock(m_mutex);
    return m_budget;
}

std::size_t FrameCache::bytesUsed() const
{
    std::lock_guard lock(m_mutex);
    return m_used;
}

std::size_t FrameCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_items.size();
}

void FrameCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_items.clear();
    m_index.clear();
    m_used = 0;
}

std::shared_ptr<const Frame> readFrameCached(FrameCache& cache, const std::string& path)
{
    if (auto frame = cache.find(path))
        return frame;
    auto frame = std::make_shared<const Frame>(io::readFrame(path));
    cache.insert(path, frame);
    return frame;
}

} // namespace hb
