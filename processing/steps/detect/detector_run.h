#pragma once

#include "catalog/sequence_selector.h"
#include "core/detection.h"
#include "core/observation_info.h"
#include "review/flag_store.h"
#include "kernel/step.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hb::steps {

struct DetectorResult {
    ObservationInfo info;                 // info.path is always set
    std::optional<Detection> detection;   // none when the file could not be read
    std::string error;                    // why, naming the problem
};

// Runs one detector step over files. Files are grouped by detector, image size, polarisation and
// filter (frames that look alike) and ordered by
// time; each frame sees up to `neighbourCount` frames before and after it in its group as its
// temporal neighbours. Every file is read once (a sliding window). Bad files become results
// with an error; the run goes on. `onResult` is called in input order of the groups.
std::vector<DetectorResult> runDetector(const FrameStep& detector, const ParamValues& params, const std::vector<std::string>& files,
                                        int neighbourCount = 2, const std::atomic<bool>* cancel = nullptr,
                                        const std::function<void(const DetectorResult&, std::size_t done, std::size_t total)>& onResult = {});

// One frame's verdict, with `neighbours` (files; those of another detector, size, polarisation
// or filter are left out) as its temporal neighbours: what the overlay shows while tuning.
DetectorResult detectFrame(const FrameStep& detector, const ParamValues& params, const std::string& path,
                           const std::vector<std::string>& neighbours, const std::atomic<bool>* cancel = nullptr);

// The frame as the review database knows it.
review::FrameRef frameRefOf(const ObservationInfo& info);

// Stores a flagging verdict as a proposal (score, detector and version, the summary as note);
// false when the result flags nothing.
bool proposeFlag(review::FlagStore& store, const DetectorResult& result);

} // namespace hb::steps
