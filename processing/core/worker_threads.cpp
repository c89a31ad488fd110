#include "core/worker_threads.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace hb {

unsigned workerThreads(unsigned requested, std::size_t items)
{
    const unsigned wanted = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::clamp<std::size_t>(items, 1, wanted));
}

void parallelFor(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work, const std::atomic<bool>* cancel)
{
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr first;
    std::mutex firstMutex;
    const auto worker = [&] {
        for (;;) {
            if (failed.load(std::memory_order_relaxed) || (cancel && cancel->load(std::memory_order_relaxed)))
                return;
            const std::size_t i = next.fetch_add(1);
            if (i >= count)
                return;
            try {
                work(i);
            } catch (...) {
                const std::lock_guard lock(firstMutex);
                if (!first)
                    first = std::current_exception();
                failed = true;
                return;
            }
        }
    };
    threads = std::clamp<unsigned>(threads, 1, static_cast<unsigned>(std::max<std::size_t>(1, count)));
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back(worker);
        worker();
    }
    if (first)
        std::rethrow_exception(first);
}

} // namespace hb
