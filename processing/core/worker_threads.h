#pragma once

#include <atomic>
#include <cstddef>
#include <functional>

namespace hb {

// The worker threads long work uses: `requested` when set, else one per hardware thread; never
// more than there are `items` to share out, never fewer than one.
unsigned workerThreads(unsigned requested, std::size_t items);

// Calls work(i) once for each i in [0, count) on `threads` threads, the calling one among them,
// until `cancel` (may be null) is raised. The first exception a call throws stops the handing out
// of indices and is rethrown here once every thread has stopped: none leaves a worker thread.
void parallelFor(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work,
                 const std::atomic<bool>* cancel = nullptr);

} // namespace hb
