#pragma once

#include "core/frame.h"

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace hb {

// Decoded frames kept for reuse under a byte budget, least recently used first out. Safe to
// use from several threads (the GUI's loaders and prefetchers). Frames are shared read-only:
// an evicted frame stays alive for whoever still holds it.
class FrameCache {
public:
    explicit FrameCache(std::size_t budgetBytes);

    std::shared_ptr<const Frame> find(const std::string& path);
    void insert(const std::string& path, std::shared_ptr<const Frame> frame);
    bool contains(const std::string& path) const;

    void setBudget(std::size_t bytes);
    std::size_t budget() const;
    std::size_t bytesUsed() const;
    std::size_t size() const;
    void clear();

    // Memory a frame occupies: pixels, mask and header cards.
    static std::size_t bytesOf(const Frame& frame);

private:
    void evictToBudget();  // m_mutex held

    struct Item {
        std::string path;
        std::shared_ptr<const Frame> frame;
        std::size_t bytes;
    };
    mutable std::mutex m_mutex;
    std::list<Item> m_items;  // most recent first
    std::unordered_map<std::string, std::list<Item>::iterator> m_index;
    std::size_t m_budget;
    std::size_t m_used = 0;
};

// The cached frame of `path`, read (io::readFrame) and cached when absent. Throws hb::Error.
std::shared_ptr<const Frame> readFrameCached(FrameCache& cache, const std::string& path);

} // namespace hb
