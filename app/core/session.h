#pragma once

#include "catalog/catalog_entry.h"
#include "catalog/sequence_selector.h"

#include <QObject>
#include <QString>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace hb::app {

// What the workbench has open: the folder, its catalog (entries numbered in the order the scan
// found them, as the catalog tree numbers them), what the review database says is flagged, and
// the sequence on screen with the frame asked for and the frame shown. Every workspace asks
// here which frames belong together (catalog/sequence_selector.h: the CLI's rule), so that the
// strip, playback, movies, backgrounds, previews and detectors never disagree.
class Session : public QObject {
    Q_OBJECT
public:
    using FlaggedLookup = std::function<bool(const std::string& path)>;

    explicit Session(QObject* parent = nullptr) : QObject(parent) {}

    // Forgets the catalog and the sequence on screen.
    void open(const QString& folder);
    const QString& folder() const noexcept { return m_folder; }

    void addEntries(const std::vector<CatalogEntry>& batch);
    const std::vector<CatalogEntry>& entries() const noexcept { return m_entries; }
    int entryCount() const noexcept { return static_cast<int>(m_entries.size()); }
    const CatalogEntry& entry(int number) const { return m_entries.at(static_cast<std::size_t>(number)); }
    bool hasEntry(int number) const noexcept { return number >= 0 && number < entryCount(); }

    // The review database's answer (the review session is QtGui, for its undo stack; it tells
    // the session what it knows rather than the session owning it). Unset: nothing is flagged.
    void setFlaggedLookup(FlaggedLookup lookup) { m_flagged = std::move(lookup); }
    bool isFlagged(const std::string& path) const { return m_flagged && m_flagged(path); }

    // The sequence on screen: entry numbers in the order the strip and playback show them.
    void setSequence(std::vector<int> sequence) { m_sequence = std::move(sequence); }
    const std::vector<int>& sequence() const noexcept { return m_sequence; }
    int positionInSequence(int entry) const;
    // The frame last asked for (it may still be loading) and the frame on screen; -1: none.
    void setCurrentEntry(int entry) noexcept { m_current = entry; }
    int currentEntry() const noexcept { return m_current; }
    void setShownEntry(int entry) noexcept { m_shown = entry; }
    int shownEntry() const noexcept { return m_shown; }

    // The entries of the sequence `entry` belongs to, in time order; of its day only when
    // `sameDay`. Empty for an entry without an image.
    std::vector<int> framesAround(int entry, bool sameDay) const;
    FrameSequence sequenceOf(int entry, bool allDays) const;
    // Paths of the sequence of `entry` over all days (one frame a day, as in the archive's Venus
    // and comet sequences, still has neighbours), flagged frames left out as movies and
    // backgrounds leave them out; `keep` stays in even when flagged (-1: none).
    std::vector<std::string> unflaggedPaths(int entry, int keep = -1) const;
    // Paths of up to `reach` frames either side of `entry` in its sequence over all days, itself included.
    std::vector<std::string> nearbyPaths(int entry, std::ptrdiff_t reach) const;

signals:
    void opened(const QString& folder);

private:
    QString m_folder;
    std::vector<CatalogEntry> m_entries;
    std::vector<int> m_sequence;
    FlaggedLookup m_flagged;
    int m_current = -1;
    int m_shown = -1;
};

} // namespace hb::app
