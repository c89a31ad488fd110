#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace hb::widgets {

// Narrows a CatalogModel to the frames a scientist asks for: a text found in the frame's own
// label or in any group above it (mission, spacecraft, detector, day), one detector, and a range
// of days. Groups are shown exactly when a file below them passes. Unreadable files have no
// detector or day: they pass the text filter alone and are hidden only when a detector or a
// review state is chosen. The review filter follows flags as they are made.
class CatalogFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class ReviewFilter { All, Flagged, Unflagged, Proposed, Unreviewed };

    explicit CatalogFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setDetector(const QString& detector);  // empty: every detector
    void setDays(const QDate& first, const QDate& last);  // invalid dates: no limit on that side
    void setReviewFilter(ReviewFilter filter);
    ReviewFilter reviewFilter() const noexcept { return m_review; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool textMatches(const QModelIndex& sourceIndex) const;

    QString m_text;
    QString m_detector;
    QDate m_first, m_last;
    ReviewFilter m_review = ReviewFilter::All;
};

} // namespace hb::widgets
