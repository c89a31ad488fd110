#include "core/allocator_tuning.h"

#include <cstdlib>  // defines __GLIBC__ (through features.h) on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace hb {

void keepLargeBuffersForReuse() noexcept
{
#if defined(__GLIBC__)
    static_assert(sizeof(void*) == 8, "the thresholds below assume a 64-bit heap");
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);  // the most glibc accepts on 64-bit: above a 2048 x 2048 float frame
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    // Worker threads' own arenas hold large blocks in 64 MB heaps that are unmapped as soon as
    // they empty; in the one main arena they stay for reuse.
    mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace hb
