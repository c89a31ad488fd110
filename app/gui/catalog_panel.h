#pragma once

#include "catalog/catalog_entry.h"

#include <QPersistentModelIndex>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTreeView;

namespace hb::widgets {
class CatalogFilterModel;
class CatalogModel;
} // namespace hb::widgets

namespace hb::app {

// The catalog dock's content: filters (text, detector, range of days) over the tree of a
// CatalogModel that grows while a scan runs. Choosing a frame reports it with its sequence: the
// visible readable frames of the same day and detector; choosing a day chooses its first frame,
// choosing a detector plays all its days as one sequence.
class CatalogPanel : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPanel(QWidget* parent = nullptr);

    widgets::CatalogModel& model() const noexcept { return *m_model; }
    void clear();
    // Adds scanned files; the first readable frame to arrive becomes the current one.
    void append(std::vector<CatalogEntry> batch);
    void setFilterText(const QString& text);
    // Marks `entry` as current in the tree (playback moved to it) without choosing it again.
    void followEntry(int entry);
    // Chooses `entry` as if clicked (its day becomes the sequence); false when filtered out.
    bool chooseEntry(int entry);
    void setReviewFilter(int filter);  // a widgets::CatalogFilterModel::ReviewFilter

signals:
    // `sequence` holds entry numbers in time order; `position` is the chosen one's place in it.
    void frameChosen(int entry, const std::vector<int>& sequence, int position);
    // More frames of the current sequence arrived (or a filter changed it); the current frame
    // stays, now at `position`.
    void sequenceChanged(const std::vector<int>& sequence, int position);
    void unreadableChosen(const QString& path, const QString& reason);

private:
    void choose(const QModelIndex& index);
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void refreshSequence();
    void updateDetectors();
    void applyDays();
    std::vector<int> sequenceUnder(const QModelIndex& span, int current, int& position) const;

    widgets::CatalogModel* m_model;
    widgets::CatalogFilterModel* m_filterModel;
    QLineEdit* m_filter;
    QComboBox* m_detector;
    QComboBox* m_review;
    QCheckBox* m_limitDays;
    QDateEdit* m_firstDay;
    QDateEdit* m_lastDay;
    QTreeView* m_tree;
    QPersistentModelIndex m_sequenceSpan;  // proxy index of the day or detector being browsed
    int m_currentEntry = -1;
    bool m_following = false;  // the tree is being moved to the frame on screen
};

} // namespace hb::app
