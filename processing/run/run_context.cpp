#include "run/run_context.h"


namespace hb::steps {

void RunContext::throwIfCancelled() const
{
    if (cancelled())
        throw Cancelled();
}

void RunContext::report(std::size_t done, std::size_t total, std::string item) const
{
    if (progress)
        progress({done, total, std::move(item)});
}

} // namespace hb::steps
