#include "workspaces/review/proposal_list.h"

#include "flag_style.h"
#include "workspaces/review/review_session.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hb::app {

namespace {
enum Column { Frame, Reason, Score, Detector };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;
} // namespace

ProposalList::ProposalList(ReviewSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_acceptSelected(new QPushButton(tr("Accept chosen"), this))
    , m_dismissSelected(new QPushButton(tr("Dismiss chosen"), this))
    , m_acceptAll(new QPushButton(tr("Accept all"), this))
    , m_dismissAll(new QPushButton(tr("Dismiss all"), this))
{
    m_tree->setObjectName(QStringLiteral("proposalTree"));
    m_tree->setHeaderLabels({tr("Frame"), tr("Reason"), tr("Score"), tr("Detector")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(Score, Qt::DescendingOrder);  // the most certain first
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Frame, QHeaderView::Stretch);
    m_acceptSelected->setObjectName(QStringLiteral("acceptChosen"));
    m_dismissSelected->setObjectName(QStringLiteral("dismissChosen"));
    m_acceptAll->setObjectName(QStringLiteral("acceptAll"));
    m_dismissAll->setObjectName(QStringLiteral("dismissAll"));

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_acceptSelected, 0, 0);
    buttons->addWidget(m_dismissSelected, 0, 1);
    buttons->addWidget(m_acceptAll, 1, 0);
    buttons->addWidget(m_dismissAll, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_acceptSelected, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_dismissSelected, &QPushButton::clicked, this, [this] { decideSelected(false); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { decideAll(true); });
    connect(m_dismissAll, &QPushButton::clicked, this, [this] { decideAll(false); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            emit frameRequested(item->data(Frame, kPathRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool chosen = !m_tree->selectedItems().isEmpty();
        m_acceptSelected->setEnabled(chosen);
        m_dismissSelected->setEnabled(chosen);
    });
    connect(&m_session, &ReviewSession::marksChanged, this, &ProposalList::refresh);
    refresh();
}

int ProposalList::count() const
{
    return m_tree->topLevelItemCount();
}

void ProposalList::refresh()
{
    // Rebuilt from the database: proposals arrive from a detector run on another thread.
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(Frame, kPathRole).toString() : QString();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const std::vector<review::Flag> proposals = m_session.proposals();
    const QDir root(m_session.isOpen() ? QString::fromStdString(m_session.store()->root()) : QString());
    for (const review::Flag& p : proposals) {
        auto* item = new QTreeWidgetItem(m_tree);
        const QString name = QString::fromStdString(p.name);
        const QString time = p.frameTime ? QString::fromStdString(p.frameTime->substr(0, 19)).replace(QLatin1Char('T'), QLatin1Char(' ')) : QString();
        item->setText(Frame, time.isEmpty() ? name : time + QStringLiteral("  ") + name);
        item->setText(Reason, widgets::flagLabel(p.reason));
        item->setIcon(Reason, [&] {
            QPixmap swatch(10, 10);
            swatch.fill(widgets::flagColour(p.reason));
            return QIcon(swatch);
        }());
        item->setData(Score, Qt::DisplayRole, p.source ? p.source->score : 0.0);
        item->setText(Detector, p.source ? QString::fromStdString(p.source->id) : QString());
        item->setToolTip(Frame, QString::fromStdString(p.path + (p.note.empty() ? "" : "\n" + p.note)));
        item->setData(Frame, kIdRole, static_cast<qlonglong>(p.id));
        item->setData(Frame, kPathRole, root.filePath(QString::fromStdString(p.path)));
        if (item->data(Frame, kPathRole).toString() == current)
            m_tree->setCurrentItem(item);
    }
    m_summary->setText(proposals.empty() ? tr("No proposals waiting. Run a detector over a day to get some.")
                                         : tr("%n proposal(s) waiting for a decision", nullptr, static_cast<int>(proposals.size())));
    m_acceptAll->setEnabled(!proposals.empty());
    m_dismissAll->setEnabled(!proposals.empty());
    m_acceptSelected->setEnabled(!m_tree->selectedItems().isEmpty());
    m_dismissSelected->setEnabled(!m_tree->selectedItems().isEmpty());
}

void ProposalList::decideSelected(bool accept)
{
    std::vector<std::int64_t> ids;
    for (const QTreeWidgetItem* item : m_tree->selectedItems())
        ids.push_back(item->data(Frame, kIdRole).toLongLong());
    decide(ids, accept);
}

void ProposalList::decideAll(bool accept)
{
    std::vector<std::int64_t> ids;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row)
        ids.push_back(m_tree->topLevelItem(row)->data(Frame, kIdRole).toLongLong());
    decide(ids, accept);
}

void ProposalList::decide(const std::vector<std::int64_t>& ids, bool accept)
{
    if (ids.empty())
        return;
    if (accept)
        m_session.accept(ids);
    else
        m_session.dismiss(ids);
}

} // namespace hb::app
