#include "session.h"

#include <algorithm>

namespace hb::app {

void Session::open(const QString& folder)
{
    m_folder = folder;
    m_entries.clear();
    m_sequence.clear();
    m_current = m_shown = -1;
    emit opened(folder);
}

void Session::addEntries(const std::vector<CatalogEntry>& batch)
{
    m_entries.insert(m_entries.end(), batch.begin(), batch.end());
}

int Session::positionInSequence(int entry) const
{
    const auto at = std::find(m_sequence.begin(), m_sequence.end(), entry);
    return at == m_sequence.end() ? -1 : static_cast<int>(at - m_sequence.begin());
}

std::vector<int> Session::framesAround(int entry, bool sameDay) const
{
    std::vector<int> frames;
    if (!hasEntry(entry))
        return frames;
    for (const std::size_t index : sequenceAround(m_entries, static_cast<std::size_t>(entry), sameDay))
        frames.push_back(static_cast<int>(index));
    return frames;
}

FrameSequence Session::sequenceOf(int entry, bool allDays) const
{
    FrameSequence sequence;
    if (!hasEntry(entry))
        return sequence;
    sequence.label = sequenceLabel(this->entry(entry).info);
    for (int index : framesAround(entry, !allDays))
        sequence.frames.push_back(this->entry(index));
    return sequence;
}

std::vector<std::string> Session::unflaggedPaths(int entry, int keep) const
{
    std::vector<std::string> paths;
    for (int index : framesAround(entry, false)) {
        const std::string& path = this->entry(index).info.path;
        if (index == keep || !isFlagged(path))
            paths.push_back(path);
    }
    return paths;
}

std::vector<std::string> Session::nearbyPaths(int entry, std::ptrdiff_t reach) const
{
    const std::vector<int> frames = framesAround(entry, false);
    const auto at = std::find(frames.begin(), frames.end(), entry);
    if (at == frames.end())
        return hasEntry(entry) ? std::vector<std::string>{this->entry(entry).info.path} : std::vector<std::string>{};
    const std::ptrdiff_t position = at - frames.begin();
    const std::ptrdiff_t last = static_cast<std::ptrdiff_t>(frames.size()) - 1;
    std::vector<std::string> nearby;
    for (std::ptrdiff_t k = std::max<std::ptrdiff_t>(0, position - reach); k <= std::min(last, position + reach); ++k)
        nearby.push_back(this->entry(frames[static_cast<std::size_t>(k)]).info.path);
    return nearby;
}

} // namespace hb::app
