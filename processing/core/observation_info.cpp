#include "core/observation_info.h"

namespace hb {

std::string_view downlinkName(Downlink d) noexcept
{
    switch (d) {
    case Downlink::Science: return "science";
    case Downlink::Beacon: return "beacon";
    case Downlink::Unknown: break;
    }
    return "unknown";
}

} // namespace hb
