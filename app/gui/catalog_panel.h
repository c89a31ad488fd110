#pragma once

#include "catalog/catalog_entry.h"

#include <QWidget>

#include <vector>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace hb::app {

// The catalog dock's content: a text filter over a tree mission -> spacecraft -> detector ->
// day -> frame, with file counts and the reason of unreadable files in tooltips. Choosing a
// frame reports it with its sequence (the frames of the same day and detector).
class CatalogPanel : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPanel(QWidget* parent = nullptr);

    // Builds the tree of `entries` (kept by the caller for the panel's lifetime) and chooses the
    // first frame.
    void setEntries(const std::vector<CatalogEntry>* entries);
    void clear();
    void setFilterText(const QString& text);

signals:
    // `sequence` holds entry indices in time order; `position` is the chosen one's place in it.
    void frameChosen(int entry, const std::vector<int>& sequence, int position);

private:
    void choose(QTreeWidgetItem* item);
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    const std::vector<CatalogEntry>* m_entries = nullptr;
};

} // namespace hb::app
