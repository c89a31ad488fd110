#pragma once

#include <cstddef>

namespace hb {

// The worker threads long work uses: `requested` when set, else one per hardware thread; never
// more than there are `items` to share out, never fewer than one.
unsigned workerThreads(unsigned requested, std::size_t items);

} // namespace hb
