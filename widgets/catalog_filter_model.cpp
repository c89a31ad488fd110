#include "catalog_filter_model.h"

#include "catalog_model.h"

namespace hb::widgets {

CatalogFilterModel::CatalogFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Groups are judged by the files below them; a matching file keeps its ancestors visible.
    setRecursiveFilteringEnabled(true);
}

void CatalogFilterModel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void CatalogFilterModel::setDetector(const QString& detector)
{
    if (detector == m_detector)
        return;
    m_detector = detector;
    invalidateFilter();
}

void CatalogFilterModel::setDays(const QDate& first, const QDate& last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    invalidateFilter();
}

void CatalogFilterModel::setReviewFilter(ReviewFilter filter)
{
    if (filter == m_review)
        return;
    m_review = filter;
    invalidateFilter();
}

bool CatalogFilterModel::textMatches(const QModelIndex& sourceIndex) const
{
    if (m_text.isEmpty())
        return true;
    for (QModelIndex i = sourceIndex; i.isValid(); i = i.parent())
        if (i.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = static_cast<CatalogModel::Kind>(index.data(CatalogModel::KindRole).toInt());
    if (kind == CatalogModel::Kind::Group || kind == CatalogModel::Kind::Day)
        return false;  // shown through recursive filtering when a file below passes
    if (!textMatches(index))
        return false;
    if (kind == CatalogModel::Kind::Unreadable)
        return m_detector.isEmpty() && m_review == ReviewFilter::All;
    switch (m_review) {
    case ReviewFilter::All: break;
    case ReviewFilter::Flagged:
        if (!index.data(CatalogModel::FlaggedRole).toBool())
            return false;
        break;
    case ReviewFilter::Unflagged:
        if (index.data(CatalogModel::FlaggedRole).toBool())
            return false;
        break;
    case ReviewFilter::Proposed:
        if (!index.data(CatalogModel::ProposedRole).toBool())
            return false;
        break;
    case ReviewFilter::Unreviewed:
        if (index.data(CatalogModel::ReviewedRole).toBool())
            return false;
        break;
    }
    if (!m_detector.isEmpty() && index.data(CatalogModel::DetectorRole).toString() != m_detector)
        return false;
    if (m_first.isValid() || m_last.isValid()) {
        const QDate day = index.data(CatalogModel::DayRole).toDate();
        if (!day.isValid())
            return false;  // a day range asks for dated frames
        if ((m_first.isValid() && day < m_first) || (m_last.isValid() && day > m_last))
            return false;
    }
    return true;
}

} // namespace hb::widgets
