#pragma once

#include "catalog/sequence_selector.h"

#include <cstddef>
#include <string>
#include <vector>

namespace hb::steps {

// Which frames make each background: all of a sequence, each UTC day's, or for each day the
// frames of the `days` days centred on it (rolling: a day's background follows the slow
// change of the F-corona and the streamers better than a month's).
struct BackgroundWindow {
    enum class Kind { All, Day, Rolling };
    Kind kind = Kind::All;
    int days = 1;  // for Rolling, odd counts centre the window on its day
};
// "all", "day", "rolling:N" (N days); throws hb::Error naming the text otherwise.
BackgroundWindow parseBackgroundWindow(const std::string& text);

struct BackgroundJob {
    std::string fileName;              // "background_LASCO_C2_1024x1024_2023-01-05.fts"
    std::vector<std::size_t> frames;   // indices into the sequence's frames
};
// Frames without an observation time go only into an "all" background.
std::vector<BackgroundJob> planBackgrounds(const FrameSequence& sequence, const BackgroundWindow& window);

} // namespace hb::steps
