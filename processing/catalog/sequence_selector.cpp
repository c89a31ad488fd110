#include "catalog/sequence_selector.h"

#include "catalog/catalog_grouping.h"

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

using LookAlike = std::tuple<std::string, std::string, int, int, std::string, std::string>;
LookAlike lookAlikeKey(const ObservationInfo& info)
{
    return {info.spacecraft.value_or(""),       instrumentLabel(info), info.width, info.height,
            info.polarization.value_or(""), info.filter.value_or("")};
}

bool usable(const CatalogEntry& entry)
{
    return entry.ok && entry.hasPixels;
}

} // namespace

bool looksAlike(const ObservationInfo& a, const ObservationInfo& b)
{
    return lookAlikeKey(a) == lookAlikeKey(b);
}

std::string sequenceLabel(const ObservationInfo& info)
{
    std::string label;
    if (info.spacecraft && *info.spacecraft != info.mission.value_or(""))
        label = *info.spacecraft + " ";
    label += instrumentLabel(info) + " " + std::to_string(info.width) + "x" + std::to_string(info.height);
    if (info.polarization)
        label += " polar " + *info.polarization;
    if (info.filter)
        label += " " + *info.filter;
    return label;
}

std::vector<FrameSequence> groupSequences(std::vector<CatalogEntry> entries)
{
    std::map<LookAlike, FrameSequence> groups;
    for (CatalogEntry& entry : entries) {
        if (!usable(entry))
            continue;
        FrameSequence& sequence = groups[lookAlikeKey(entry.info)];
        if (sequence.label.empty())
            sequence.label = sequenceLabel(entry.info);
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

std::vector<std::size_t> sequenceAround(const std::vector<CatalogEntry>& entries, std::size_t around, bool sameDay)
{
    std::vector<std::size_t> members;
    if (around >= entries.size() || !usable(entries[around]))
        return members;
    const CatalogEntry& anchor = entries[around];
    const LookAlike key = lookAlikeKey(anchor.info);
    const std::string day = sameDay ? groupLabel(anchor, GroupLevel::Day) : std::string();
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (usable(entries[i]) && lookAlikeKey(entries[i].info) == key &&
            (!sameDay || groupLabel(entries[i], GroupLevel::Day) == day))
            members.push_back(i);
    std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
        return entries[a].info.time.value_or(UtcTime{}) < entries[b].info.time.value_or(UtcTime{});
    });
    return members;
}

} // namespace hb
