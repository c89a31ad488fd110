#pragma once

#include "core/header.h"

#include <QAbstractTableModel>

namespace hb::widgets {

// The cards of one FITS header as a table: keyword, value, comment. HISTORY and COMMENT cards
// show their text in the value column. Read-only.
class HeaderTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Keyword, Value, Comment, ColumnCount };

    explicit HeaderTableModel(QObject* parent = nullptr);

    void setHeader(const Header& header);
    const Header& header() const noexcept { return m_header; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Header m_header;
};

} // namespace hb::widgets
