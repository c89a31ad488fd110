#pragma once

#include "core/header.h"

#include <QWidget>

class QLineEdit;
class QTableView;
class QSortFilterProxyModel;

namespace hb::widgets {

class HeaderTableModel;

// Every card of a header, searchable: the filter matches keyword, value or comment.
class HeaderView : public QWidget {
    Q_OBJECT
public:
    explicit HeaderView(QWidget* parent = nullptr);

    void setHeader(const Header& header);
    void setFilterText(const QString& text);
    int visibleRowCount() const;

private:
    HeaderTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
};

} // namespace hb::widgets
