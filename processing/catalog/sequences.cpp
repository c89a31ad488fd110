#include "catalog/sequences.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace hb {

std::string instrumentLabel(const ObservationInfo& info)
{
    std::string label = info.instrument.value_or("");
    if (info.detector)
        label += (label.empty() ? "" : " ") + *info.detector;
    return label;
}

namespace {

using LookAlike = std::tuple<std::string, int, int, std::string, std::string>;
LookAlike lookAlikeKey(const ObservationInfo& info)
{
    return {instrumentLabel(info), info.width, info.height, info.polarization.value_or(""), info.filter.value_or("")};
}

} // namespace

bool looksAlike(const ObservationInfo& a, const ObservationInfo& b)
{
    return lookAlikeKey(a) == lookAlikeKey(b);
}

std::vector<FrameSequence> groupSequences(std::vector<CatalogEntry> entries)
{
    std::map<LookAlike, FrameSequence> groups;
    for (CatalogEntry& entry : entries) {
        if (!entry.ok || !entry.hasPixels)
            continue;
        const ObservationInfo& info = entry.info;
        const LookAlike key = lookAlikeKey(info);
        FrameSequence& sequence = groups[key];
        if (sequence.label.empty()) {
            sequence.label = std::get<0>(key) + " " + std::to_string(info.width) + "x" + std::to_string(info.height);
            if (info.polarization)
                sequence.label += " polar " + *info.polarization;
            if (info.filter)
                sequence.label += " " + *info.filter;
        }
        sequence.frames.push_back(std::move(entry));
    }
    std::vector<FrameSequence> sequences;
    for (auto& [key, sequence] : groups) {
        std::stable_sort(sequence.frames.begin(), sequence.frames.end(), [](const CatalogEntry& a, const CatalogEntry& b) {
            return a.info.time.value_or(UtcTime{}) < b.info.time.value_or(UtcTime{});
        });
        sequences.push_back(std::move(sequence));
    }
    return sequences;
}

} // namespace hb
