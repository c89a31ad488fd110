#pragma once

#include "core/frame.h"
#include "render/display_scaling.h"

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace hb::exporting {

// What is written over each movie frame. Text is white with a dark outline so that it reads
// over any colour map.
struct Annotations {
    bool timeStamp = true;     // observation time, UTC
    bool instrument = true;    // "LASCO C2"
    bool frameNumber = true;   // "12 / 300"
    bool colourBar = false;    // the colour table with the display limits and unit
    bool scaleBar = false;     // a bar of whole solar radii, from the WCS
    std::string title;         // optional free text, top centre
};

// Output size for an image of `width` x `height` scaled to `targetWidth` pixels wide (0: as
// it is), aspect kept, both sides even (H.264 with 4:2:0 chroma needs even sides).
cv::Size movieSize(int width, int height, int targetWidth);

// Renders `frame` with fixed display settings into an 8-bit BGR picture of `size`, the top
// row being the top of the sky picture, and draws the annotations. `index` and `count`
// number the frame in the movie (from 0).
cv::Mat renderMovieFrame(const Frame& frame, const render::DisplaySettings& settings, cv::Size size,
                         const Annotations& annotations, std::size_t index, std::size_t count);

// One display range for a whole movie: the percentiles of the shown pixels pooled over
// `frames` (a sample of the sequence), so that brightness means the same in every frame.
render::DisplayRange sequenceDisplayRange(const std::vector<const Image*>& frames, double lowPercent, double highPercent);

} // namespace hb::exporting
