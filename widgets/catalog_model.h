#pragma once

#include "catalog/catalog_entry.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QStringList>

#include <memory>
#include <vector>

namespace hb::widgets {

// The scanned files of a folder as a tree: mission -> spacecraft -> detector -> day -> frame,
// plus one top-level node holding the unreadable files with their reasons as tooltips. Entries
// are appended in batches while a scan runs; rows are inserted in place (groups by label, frames
// by observation time), so views keep their selection and expansion as the catalog grows.
// Entry numbers are the order of arrival and never change until clear().
class CatalogModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Label, Files, Level, Resolution, ColumnCount };
    enum class Kind { Group, Day, Frame, Unreadable };
    enum Role {
        EntryRole = Qt::UserRole + 1,  // int: entry number for frames and unreadable files, -1 for groups
        KindRole,                      // int(Kind)
        DetectorRole,                  // QString: the detector label ("SECCHI COR2") of a frame
        TimeRole,                      // qint64 ns since 1970 UTC of a frame; invalid without a time
        DayRole,                       // QDate: the UTC day of a frame; invalid without a time
    };

    explicit CatalogModel(QObject* parent = nullptr);
    ~CatalogModel() override;

    void clear();
    void append(std::vector<CatalogEntry> batch);

    int entryCount() const noexcept { return static_cast<int>(m_entries.size()); }
    const CatalogEntry& entry(int number) const { return m_entries.at(static_cast<std::size_t>(number)); }
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

    std::unique_ptr<Node> m_root;
    std::vector<CatalogEntry> m_entries;
    std::vector<Node*> m_leafOfEntry;
    QStringList m_detectors;
    QDate m_firstDay, m_lastDay;
    int m_unreadable = 0;
};

} // namespace hb::widgets
