#include "header_view.h"

#include "header_table_model.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace hb::widgets {

HeaderView::HeaderView(QWidget* parent)
    : QWidget(parent)
    , m_model(new HeaderTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);  // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Search keywords, values, comments"));
    m_filter->setClearButtonEnabled(true);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    connect(m_filter, &QLineEdit::textChanged, this, &HeaderView::setFilterText);
}

void HeaderView::setHeader(const Header& header)
{
    m_model->setHeader(header);
    m_table->resizeColumnToContents(HeaderTableModel::Keyword);
    m_table->resizeColumnToContents(HeaderTableModel::Value);
    // Long HISTORY text must not push the comments out of sight.
    m_table->setColumnWidth(HeaderTableModel::Value, std::min(m_table->columnWidth(HeaderTableModel::Value), 320));
}

void HeaderView::setFilterText(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

int HeaderView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

} // namespace hb::widgets
