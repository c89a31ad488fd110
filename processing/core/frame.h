#pragma once

#include "core/header.h"
#include "core/image.h"
#include "core/observation_info.h"

namespace hb {

// One observation: pixels with mask, the header they came with, and what they are.
// A value type; steps return new frames. `image` is empty for header-only inputs.
struct Frame {
    Image image;
    Header header;
    ObservationInfo info;
};

} // namespace hb
