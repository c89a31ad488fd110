#include "core/worker_threads.h"

#include <algorithm>
#include <thread>

namespace hb {

unsigned workerThreads(unsigned requested, std::size_t items)
{
    const unsigned wanted = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::clamp<std::size_t>(items, 1, wanted));
}

} // namespace hb
