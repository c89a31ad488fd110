#pragma once

#include "catalog/catalog_entry.h"
#include "review/flag_store.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace hb::widgets {

// The scanned files of a folder as a tree: mission -> spacecraft -> detector -> day -> frame,
// plus one top-level node holding the unreadable files with their reasons as tooltips. Entries
// are appended in batches while a scan runs; rows are inserted in place (groups by label, frames
// by observation time), so views keep their selection and expansion as the catalog grows.
// Entry numbers are the order of arrival and never change until clear(). With a mark source
// (the review database) frames show their flag, and groups count reviewed and flagged frames.
class CatalogModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Label, Files, Reviewed, Flagged, Level, Resolution, ColumnCount };
    enum class Kind { Group, Day, Frame, Unreadable };
    enum Role {
        EntryRole = Qt::UserRole + 1,  // int: entry number for frames and unreadable files, -1 for groups
        KindRole,                      // int(Kind)
        DetectorRole,                  // QString: the detector label ("SECCHI COR2") of a frame
        TimeRole,                      // qint64 ns since 1970 UTC of a frame; invalid without a time
        DayRole,                       // QDate: the UTC day of a frame; invalid without a time
        FlaggedRole,                   // bool: a frame with an active flag
        ReviewedRole,                  // bool: a frame marked reviewed
        ProposedRole,                  // bool: a frame with detector proposals waiting
        CountsRole,                    // QVariantList {reviewed, flagged, files} of a group or day
    };
    using MarkSource = std::function<review::FrameMark(const CatalogEntry&)>;

    explicit CatalogModel(QObject* parent = nullptr);
    ~CatalogModel() override;

    void clear();
    void append(std::vector<CatalogEntry> batch);
    // Where frames' review marks come from; asked again for every frame by refreshMarks() and
    // for one by refreshMark() (after a flag is made).
    void setMarkSource(MarkSource source);
    void refreshMarks();
    void refreshMark(int entry);
    review::FrameMark mark(int entry) const;

    int entryCount() const noexcept { return static_cast<int>(m_entries.size()); }
    const CatalogEntry& entry(int number) const { return m_entries.at(static_cast<std::size_t>(number)); }
    // Every entry by number, for the sequence selector.
    const std::vector<CatalogEntry>& entries() const noexcept { return m_entries; }
    int unreadableCount() const noexcept { return m_unreadable; }
    QModelIndex indexOfEntry(int number) const;
    // Detector labels seen so far, sorted; the first and last day with a readable frame.
    QStringList detectors() const;
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void detectorsChanged();

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    Node* childGroup(Node* parent, const QString& label, Kind kind, bool sortsLast = false);
    Node* insertSorted(Node* parent, std::unique_ptr<Node> child);
    void add(int number, std::vector<Node*>& touched);
    void applyMark(Node* leaf, const review::FrameMark& mark, std::vector<Node*>& touched);
    void emitChanged(const std::vector<Node*>& touched, int firstColumn, int lastColumn);

    std::unique_ptr<Node> m_root;
    std::vector<CatalogEntry> m_entries;
    std::vector<Node*> m_leafOfEntry;
    MarkSource m_markSource;
    QStringList m_detectors;
    QDate m_firstDay, m_lastDay;
    int m_unreadable = 0;
};

} // namespace hb::widgets
