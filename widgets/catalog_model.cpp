#include "catalog_model.h"

#include "catalog/catalog_grouping.h"
#include "flag_style.h"

#include <QColor>
#include <QPainter>
#include <QIcon>
#include <QPixmap>

#include <algorithm>
#include <filesystem>
#include <map>

namespace hb::widgets {

struct CatalogModel::Node {
    Node* parent = nullptr;
    int row = 0;
    Kind kind = Kind::Group;
    bool sortsLast = false;  // the unreadable-files group, after every mission
    QString label;
    int entry = -1;
    std::optional<std::int64_t> timeNs;
    QDate day;  // UTC day of a frame
    int fileCount = 0;
    int reviewed = 0, flagged = 0, proposed = 0;  // frames below a group; of a frame itself: 0 or 1
    std::optional<review::FlagReason> reason;     // of a flagged frame
    std::map<QString, int> levels, resolutions;  // of the files below a group, with counts
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

using Kind = CatalogModel::Kind;

QString levelText(const CatalogEntry& e)
{
    return e.info.level ? QStringLiteral("L") + QString::fromStdString(*e.info.level) : QString();
}

QString resolutionText(const CatalogEntry& e)
{
    return e.info.width > 0 ? QStringLiteral("%1x%2").arg(e.info.width).arg(e.info.height) : QString();
}

QString leafLabel(const CatalogEntry& e)
{
    const QString name = QString::fromStdString(std::filesystem::path(e.info.path).filename().string());
    if (!e.ok || !e.info.time)
        return name;
    return QString::fromStdString(e.info.time->toIso(0).substr(11)) + QStringLiteral("  ") + name;
}

QString summary(const std::map<QString, int>& counts)
{
    // A day rarely mixes more than a few sizes or levels; more than three read as a count.
    constexpr std::size_t kListedValues = 3;
    QStringList values;
    for (const auto& [value, count] : counts)
        if (count > 0 && !value.isEmpty())
            values << value;
    if (static_cast<std::size_t>(values.size()) > kListedValues)
        return CatalogModel::tr("%n kinds", nullptr, static_cast<int>(values.size()));
    return values.join(QStringLiteral(", "));
}

// A frame repeats its day's level or size only where the day mixes several: a column of
// identical values hides the odd one out.
QString leafValue(const QString& value, const std::map<QString, int>& ofDay)
{
    return ofDay.size() > 1 ? value : QString();
}

// A filled dot in the flag's colour, ringed in amber when a detector proposal waits.
QIcon markIcon(const QColor& flag, bool proposed)
{
    static std::map<std::pair<QRgb, bool>, QIcon> made;
    const auto key = std::pair{flag.isValid() ? flag.rgba() : 0u, proposed};
    if (const auto it = made.find(key); it != made.end())
        return it->second;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(proposed ? QPen(proposalColour(), 2) : Qt::NoPen);
    p.setBrush(flag.isValid() ? QBrush(flag) : QBrush(Qt::NoBrush));
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    p.end();
    return made.emplace(key, QIcon(pixmap)).first->second;
}

} // namespace

CatalogModel::CatalogModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

CatalogModel::~CatalogModel() = default;

void CatalogModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_entries.clear();
    m_leafOfEntry.clear();
    m_detectors.clear();
    m_firstDay = m_lastDay = QDate();
    m_unreadable = 0;
    endResetModel();
    emit detectorsChanged();
}

void CatalogModel::append(std::vector<CatalogEntry> batch)
{
    const qsizetype detectorsBefore = m_detectors.size();
    std::vector<Node*> touched;
    for (CatalogEntry& e : batch) {
        m_entries.push_back(std::move(e));
        add(static_cast<int>(m_entries.size()) - 1, touched);
    }
    emitChanged(touched, Files, Resolution);
    if (m_detectors.size() != detectorsBefore)
        emit detectorsChanged();
}

void CatalogModel::add(int number, std::vector<Node*>& touched)
{
    const CatalogEntry& e = m_entries[static_cast<std::size_t>(number)];
    Node* group = nullptr;
    auto leaf = std::make_unique<Node>();
    leaf->entry = number;
    leaf->label = leafLabel(e);
    if (!e.ok) {
        group = childGroup(m_root.get(), tr("Unreadable files"), Kind::Group, true);
        leaf->kind = Kind::Unreadable;
        ++m_unreadable;
    } else {
        const QString mission = QString::fromStdString(groupLabel(e, GroupLevel::Mission));
        const QString spacecraft = QString::fromStdString(groupLabel(e, GroupLevel::Spacecraft));
        const QString detector = QString::fromStdString(groupLabel(e, GroupLevel::Detector));
        group = childGroup(m_root.get(), mission, Kind::Group);
        // SOHO the mission and SOHO the spacecraft: one node, not two.
        if (spacecraft != mission)
            group = childGroup(group, spacecraft, Kind::Group);
        group = childGroup(group, detector, Kind::Group);
        if (!m_detectors.contains(detector))
            m_detectors.insert(std::lower_bound(m_detectors.begin(), m_detectors.end(), detector), detector);
        group = childGroup(group, QString::fromStdString(groupLabel(e, GroupLevel::Day)), Kind::Day);
        leaf->kind = Kind::Frame;
        if (e.info.time) {
            leaf->timeNs = e.info.time->nanoseconds;
            leaf->day = QDate::fromString(QString::fromStdString(e.info.time->dayString()), Qt::ISODate);
            if (!m_firstDay.isValid() || leaf->day < m_firstDay)
                m_firstDay = leaf->day;
            if (!m_lastDay.isValid() || leaf->day > m_lastDay)
                m_lastDay = leaf->day;
        }
    }
    if (static_cast<std::size_t>(number) >= m_leafOfEntry.size())
        m_leafOfEntry.resize(static_cast<std::size_t>(number) + 1, nullptr);
    Node* inserted = insertSorted(group, std::move(leaf));
    m_leafOfEntry[static_cast<std::size_t>(number)] = inserted;
    const QString level = levelText(e), resolution = resolutionText(e);
    for (Node* n = group; n != m_root.get(); n = n->parent) {
        ++n->fileCount;
        ++n->levels[level];
        ++n->resolutions[resolution];
        touched.push_back(n);
    }
    if (m_markSource && e.ok)
        applyMark(inserted, m_markSource(e), touched);
}

void CatalogModel::setMarkSource(MarkSource source)
{
    m_markSource = std::move(source);
    refreshMarks();
}

void CatalogModel::applyMark(Node* leaf, const review::FrameMark& mark, std::vector<Node*>& touched)
{
    const int reviewed = mark.reviewed ? 1 : 0, flagged = mark.flagged ? 1 : 0, proposed = mark.proposals > 0 ? 1 : 0;
    const int dReviewed = reviewed - leaf->reviewed, dFlagged = flagged - leaf->flagged, dProposed = proposed - leaf->proposed;
    const bool reasonChanged = leaf->reason != mark.flagged;
    leaf->reason = mark.flagged;
    if (dReviewed == 0 && dFlagged == 0 && dProposed == 0 && !reasonChanged)
        return;
    for (Node* n = leaf; n && n != m_root.get(); n = n->parent) {
        n->reviewed += dReviewed;
        n->flagged += dFlagged;
        n->proposed += dProposed;
        touched.push_back(n);
    }
}

void CatalogModel::refreshMarks()
{
    std::vector<Node*> touched;
    for (std::size_t k = 0; k < m_leafOfEntry.size(); ++k)
        if (m_leafOfEntry[k] && m_leafOfEntry[k]->kind == Kind::Frame)
            applyMark(m_leafOfEntry[k], m_markSource ? m_markSource(m_entries[k]) : review::FrameMark{}, touched);
    emitChanged(touched, Label, Flagged);
}

void CatalogModel::refreshMark(int entry)
{
    if (entry < 0 || static_cast<std::size_t>(entry) >= m_leafOfEntry.size() || !m_leafOfEntry[static_cast<std::size_t>(entry)])
        return;
    Node* leaf = m_leafOfEntry[static_cast<std::size_t>(entry)];
    if (leaf->kind != Kind::Frame)
        return;
    std::vector<Node*> touched;
    applyMark(leaf, m_markSource ? m_markSource(this->entry(entry)) : review::FrameMark{}, touched);
    emitChanged(touched, Label, Flagged);
}

review::FrameMark CatalogModel::mark(int entry) const
{
    if (entry < 0 || static_cast<std::size_t>(entry) >= m_leafOfEntry.size() || !m_leafOfEntry[static_cast<std::size_t>(entry)])
        return {};
    const Node* leaf = m_leafOfEntry[static_cast<std::size_t>(entry)];
    return {leaf->reason, leaf->reviewed > 0, leaf->proposed};
}

void CatalogModel::emitChanged(const std::vector<Node*>& nodes, int firstColumn, int lastColumn)
{
    // Once per node per batch: views re-filter on each change.
    std::vector<Node*> touched = nodes;
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (Node* node : touched)
        emit dataChanged(indexOf(node, firstColumn), indexOf(node, lastColumn));
}

CatalogModel::Node* CatalogModel::childGroup(Node* parent, const QString& label, Kind kind, bool sortsLast)
{
    for (const auto& child : parent->children)
        if (child->label == label && child->kind == kind)
            return child.get();
    auto group = std::make_unique<Node>();
    group->kind = kind;
    group->label = label;
    group->sortsLast = sortsLast;
    return insertSorted(parent, std::move(group));
}

CatalogModel::Node* CatalogModel::insertSorted(Node* parent, std::unique_ptr<Node> child)
{
    // Groups by label (ISO days therefore by date); frames by time, then by file name.
    const auto before = [this](const std::unique_ptr<Node>& a, const std::unique_ptr<Node>& b) {
        if (a->sortsLast != b->sortsLast)
            return b->sortsLast;
        if (a->entry >= 0 && b->entry >= 0) {
            if (a->timeNs.has_value() != b->timeNs.has_value())
                return a->timeNs.has_value();
            if (a->timeNs && *a->timeNs != *b->timeNs)
                return *a->timeNs < *b->timeNs;
            return entry(a->entry).info.path < entry(b->entry).info.path;
        }
        return a->label < b->label;
    };
    auto& siblings = parent->children;
    const auto at = std::upper_bound(siblings.begin(), siblings.end(), child, before);
    const int row = static_cast<int>(at - siblings.begin());
    child->parent = parent;
    beginInsertRows(indexOf(parent), row, row);
    Node* inserted = siblings.insert(at, std::move(child))->get();
    for (std::size_t i = static_cast<std::size_t>(row); i < siblings.size(); ++i)
        siblings[i]->row = static_cast<int>(i);
    endInsertRows();
    return inserted;
}

QModelIndex CatalogModel::indexOfEntry(int number) const
{
    if (number < 0 || static_cast<std::size_t>(number) >= m_leafOfEntry.size())
        return {};
    return indexOf(m_leafOfEntry[static_cast<std::size_t>(number)]);
}

QStringList CatalogModel::detectors() const
{
    return m_detectors;
}

CatalogModel::Node* CatalogModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node*>(node));
}

QModelIndex CatalogModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= static_cast<int>(p->children.size()))
        return {};
    return indexOf(p->children[static_cast<std::size_t>(row)].get(), column);
}

QModelIndex CatalogModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int CatalogModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int CatalogModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    const bool isFile = node->entry >= 0;
    const CatalogEntry* e = isFile ? &entry(node->entry) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Label: return e && !e->damage.empty() ? tr("%1 (damaged)").arg(node->label) : node->label;
        case Files: return isFile ? QVariant() : QVariant(node->fileCount);
        case Reviewed:
            if (isFile)
                return node->reviewed ? QStringLiteral("\u2713") : QString();
            return node->reviewed > 0 ? QVariant(node->reviewed) : QVariant();
        case Flagged:
            if (isFile)
                return node->reason ? flagLabel(*node->reason) : QString();
            return node->flagged > 0 ? QVariant(node->flagged) : QVariant();
        case Level: return isFile ? leafValue(levelText(*e), node->parent->levels) : summary(node->levels);
        case Resolution:
            return isFile ? leafValue(resolutionText(*e), node->parent->resolutions) : summary(node->resolutions);
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() != Label || node->kind != Kind::Frame || (!node->reason && !node->proposed))
            return {};
        return markIcon(node->reason ? flagColour(*node->reason) : QColor(), node->proposed > 0);
    case Qt::ToolTipRole:
        if (!e)
            return node->kind == Kind::Unreadable || node->sortsLast
                       ? QVariant()
                       : tr("%1 of %2 frames reviewed, %3 flagged, %4 with proposals")
                             .arg(node->reviewed)
                             .arg(node->fileCount)
                             .arg(node->flagged)
                             .arg(node->proposed);
        if (!e->ok)
            return QString::fromStdString(e->info.path + "\n" + e->error);
        {
            QString tip = QString::fromStdString(e->info.path);
            if (!e->damage.empty())
                tip += QStringLiteral("\n") + QString::fromStdString(e->damage);
            for (const std::string& warning : e->info.warnings)
                tip += QStringLiteral("\n") + QString::fromStdString(warning);
            return tip;
        }
    case Qt::ForegroundRole:
        if (node->kind == Kind::Unreadable || node->sortsLast)
            return QColor(190, 30, 30);
        if (e && !e->damage.empty())
            return QColor(190, 100, 0);  // readable in part: a warning, not an error
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Files || (!isFile && (index.column() == Reviewed || index.column() == Flagged))
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case EntryRole: return node->entry;
    case KindRole: return static_cast<int>(node->kind);
    case DetectorRole:
        return e && e->ok ? QString::fromStdString(groupLabel(*e, GroupLevel::Detector)) : QString();
    case TimeRole: return node->timeNs ? QVariant(static_cast<qint64>(*node->timeNs)) : QVariant();
    case DayRole: return node->day.isValid() ? QVariant(node->day) : QVariant();
    case FlaggedRole: return node->reason.has_value();
    case ReviewedRole: return node->kind == Kind::Frame && node->reviewed > 0;
    case ProposedRole: return node->kind == Kind::Frame && node->proposed > 0;
    case CountsRole: return isFile ? QVariant() : QVariantList{node->reviewed, node->flagged, node->fileCount};
    default: return {};
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label: return tr("Observations");
    case Files: return tr("Files");
    case Reviewed: return tr("Seen");
    case Flagged: return tr("Flagged");
    case Level: return tr("Level");
    case Resolution: return tr("Size");
    default: return {};
    }
}

} // namespace hb::widgets
