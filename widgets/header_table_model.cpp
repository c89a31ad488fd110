#include "header_table_model.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace hb::widgets {

HeaderTableModel::HeaderTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HeaderTableModel::setHeader(const Header& header)
{
    beginResetModel();
    m_header = header;
    endResetModel();
}

int HeaderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_header.size());
}

int HeaderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const HeaderCard& card = m_header.cards()[static_cast<std::size_t>(index.row())];
    const bool commentary = card.kind == CardKind::Commentary;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Keyword: return QString::fromStdString(card.keyword);
        case Value: return QString::fromStdString(card.isStringValue() ? card.unquoted() : card.value);
        case Comment: return commentary ? QString() : QString::fromStdString(card.comment);
        default: return {};
        }
    }
    if (role == Qt::FontRole && index.column() != Comment) {
        QFont font(QStringLiteral("monospace"));
        font.setStyleHint(QFont::TypeWriter);
        font.setItalic(commentary);
        return font;
    }
    if (role == Qt::ForegroundRole && (commentary || index.column() == Comment))
        return QBrush(QPalette().color(QPalette::PlaceholderText));
    return {};
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Keyword: return tr("Keyword");
    case Value: return tr("Value");
    case Comment: return tr("Comment");
    default: return {};
    }
}

} // namespace hb::widgets
