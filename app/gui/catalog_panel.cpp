#include "catalog_panel.h"

#include "catalog/catalog_grouping.h"

#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <filesystem>
#include <functional>

namespace hb::app {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1;

void addGroup(QTreeWidgetItem* parent, const CatalogGroup& group, const std::vector<CatalogEntry>& entries)
{
    // SOHO the mission and SOHO the spacecraft: one node, not two.
    if (group.children.size() == 1 && group.children.front().label == group.label) {
        addGroup(parent, group.children.front(), entries);
        return;
    }
    auto* item = new QTreeWidgetItem(parent, {QString::fromStdString(group.label), QString::number(group.fileCount)});
    item->setData(0, kEntryRole, -1);
    for (const CatalogGroup& child : group.children)
        addGroup(item, child, entries);
    for (std::size_t index : group.entries) {
        const CatalogEntry& e = entries[index];
        const QString name = QString::fromStdString(std::filesystem::path(e.info.path).filename().string());
        const QString time = e.info.time ? QString::fromStdString(e.info.time->toIso(0).substr(11)) + QStringLiteral("  ") : QString();
        auto* leaf = new QTreeWidgetItem(item, {time + name});
        leaf->setData(0, kEntryRole, static_cast<int>(index));
        if (!e.ok)
            leaf->setToolTip(0, QString::fromStdString(e.error));
    }
}

} // namespace

CatalogPanel::CatalogPanel(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    m_filter->setObjectName(QStringLiteral("catalogFilter"));
    m_filter->setPlaceholderText(tr("Filter: detector, day (2008-12-12), file name"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderLabels({tr("Observations"), tr("Files")});
    m_tree->setColumnWidth(0, 250);
    m_tree->setColumnWidth(1, 60);
    m_tree->setMinimumWidth(340);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    connect(m_filter, &QLineEdit::textChanged, this, &CatalogPanel::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            choose(item);
    });
}

void CatalogPanel::clear()
{
    m_tree->clear();
    m_entries = nullptr;
}

void CatalogPanel::setFilterText(const QString& text)
{
    m_filter->setText(text);
}

void CatalogPanel::setEntries(const std::vector<CatalogEntry>* entries)
{
    m_tree->clear();
    m_entries = entries;
    const CatalogGroup root = groupEntries(*entries);
    for (const CatalogGroup& group : root.children)
        addGroup(m_tree->invisibleRootItem(), group, *entries);
    m_tree->expandToDepth(2);
    applyFilter(m_filter->text());
    // Show something at once: the first frame of the first group.
    QTreeWidgetItem* first = m_tree->topLevelItemCount() > 0 ? m_tree->topLevelItem(0) : nullptr;
    while (first && first->childCount() > 0)
        first = first->child(0);
    if (first)
        m_tree->setCurrentItem(first);
}

void CatalogPanel::choose(QTreeWidgetItem* leaf)
{
    // The sequence is the leaf's siblings (one day of one detector); a group chooses nothing.
    const int chosen = leaf->data(0, kEntryRole).toInt();
    QTreeWidgetItem* parent = leaf->parent();
    if (!m_entries || chosen < 0)
        return;
    std::vector<int> sequence;
    int position = 0;
    for (int i = 0; parent && i < parent->childCount(); ++i) {
        const int entry = parent->child(i)->data(0, kEntryRole).toInt();
        if (entry < 0 || !(*m_entries)[static_cast<std::size_t>(entry)].ok)
            continue;
        if (parent->child(i) == leaf)
            position = static_cast<int>(sequence.size());
        sequence.push_back(entry);
    }
    emit frameChosen(chosen, sequence, position);
}

void CatalogPanel::applyFilter(const QString& text)
{
    // A group stays visible when its own label or any frame below it matches.
    const std::function<bool(QTreeWidgetItem*, bool)> filter = [&](QTreeWidgetItem* item, bool ancestorMatches) {
        const bool matches = ancestorMatches || text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive);
        bool anyChild = false;
        for (int i = 0; i < item->childCount(); ++i)
            anyChild = filter(item->child(i), matches) || anyChild;
        const bool visible = matches || anyChild;
        item->setHidden(!visible);
        return visible;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        filter(m_tree->topLevelItem(i), false);
}

} // namespace hb::app
