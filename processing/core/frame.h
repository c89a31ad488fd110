#pragma once

#include "core/detection.h"
#include "core/header.h"
#include "core/image.h"
#include "core/observation_info.h"

#include <vector>

namespace hb {

// One observation: pixels with mask, the header they came with, and what they are.
// A value type; steps return new frames. `image` is empty for header-only inputs.
struct Frame {
    Image image;
    Header header;
    ObservationInfo info;
    std::vector<Detection> detections;  // from detector steps, in pipeline order
};

} // namespace hb
