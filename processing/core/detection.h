#pragma once

#include <string>
#include <vector>

namespace hb {

// What a detector found on one frame: its verdict, and the shapes it drew its verdict from (for
// the overlay while parameters are tuned). Pixel coordinates of the frame, 0-based.
struct Detection {
    struct Blob {
        float x, y, radius;
    };
    struct Segment {
        float x0, y0, x1, y1;
    };
    struct Region {
        int x, y, width, height;
    };

    std::string detector;  // step id, "detect.transients"
    int version = 1;
    bool flagged = false;
    std::string reason;    // flag reason key ("transient"), see review/flag_reason.h
    double score = 0;      // the detector's own measure; its description says what
    std::string summary;   // one sentence for the scientist: "7 horizontal lines (flag above 2)"
    std::vector<Blob> blobs;
    std::vector<Segment> lines;
    std::vector<Region> regions;
};

} // namespace hb
