#include "catalog/catalog_grouping.h"

#include <algorithm>
#include <map>

namespace hb {

std::string groupLabel(const CatalogEntry& entry, GroupLevel level)
{
    const ObservationInfo& i = entry.info;
    switch (level) {
    case GroupLevel::Mission: return i.mission.value_or("unknown mission");
    case GroupLevel::Spacecraft: return i.spacecraft.value_or("unknown spacecraft");
    case GroupLevel::Detector: {
        if (!i.instrument && !i.detector)
            return "unknown instrument";
        if (i.instrument && i.detector && *i.instrument != *i.detector)
            return *i.instrument + " " + *i.detector;
        return i.detector ? *i.detector : *i.instrument;
    }
    case GroupLevel::Day: return i.time ? i.time->dayString() : "unknown day";
    case GroupLevel::Resolution:
        return i.width > 0 ? std::to_string(i.width) + "x" + std::to_string(i.height) : "no image";
    case GroupLevel::Level: return i.level ? "L" + *i.level : "unknown level";
    }
    return {};
}

namespace {

void build(CatalogGroup& node, const std::vector<CatalogEntry>& all, std::vector<std::size_t> members,
           std::span<const GroupLevel> levels)
{
    node.fileCount = members.size();
    if (levels.empty()) {
        std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            const auto& ta = all[a].info.time;
            const auto& tb = all[b].info.time;
            if (ta && tb && *ta != *tb)
                return *ta < *tb;
            return all[a].info.path < all[b].info.path;
        });
        node.entries = std::move(members);
        return;
    }
    std::map<std::string, std::vector<std::size_t>> split;
    for (std::size_t i : members)
        split[groupLabel(all[i], levels.front())].push_back(i);
    for (auto& [label, indices] : split) {
        CatalogGroup child;
        child.label = label;
        build(child, all, std::move(indices), levels.subspan(1));
        node.children.push_back(std::move(child));
    }
}

} // namespace

CatalogGroup groupEntries(const std::vector<CatalogEntry>& entries, std::span<const GroupLevel> levels)
{
    CatalogGroup root;
    root.label = "catalog";
    std::vector<std::size_t> readable, unreadable;
    for (std::size_t i = 0; i < entries.size(); ++i)
        (entries[i].ok ? readable : unreadable).push_back(i);
    build(root, entries, std::move(readable), levels);
    root.fileCount = entries.size();
    if (!unreadable.empty()) {
        CatalogGroup bad;
        bad.label = kUnreadableLabel;
        build(bad, entries, std::move(unreadable), {});
        root.children.push_back(std::move(bad));
    }
    return root;
}

} // namespace hb
