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
#include <map>
#include <set>

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
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("proposalTree"));
    m_tree->setHeaderLabels({tr("Frame"), tr("Reason"), tr("Score"), tr("Detector")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(Score, Qt::DescendingOrder);  // the most certain first
    // The frame is what a reviewer reads: it keeps its whole time and name; the detector names,
    // the least needed, give way (their tooltip has them all) and the rest scrolls sideways.
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Detector, QHeaderView::Stretch);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_tree->setMinimumHeight(m_tree->fontMetrics().height() * 8);
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

namespace {

QString frameText(const review::Flag& p)
{
    const QString name = QString::fromStdString(p.name);
    const QString time = p.frameTime ? QString::fromStdString(p.frameTime->substr(0, 19)).replace(QLatin1Char('T'), QLatin1Char(' ')) : QString();
    return time.isEmpty() ? name : time + QStringLiteral("  ") + name;
}

double scoreOf(const review::Flag& p)
{
    return p.source ? p.source->score : 0.0;
}

QIcon swatch(review::FlagReason reason)
{
    QPixmap pixels(10, 10);
    pixels.fill(widgets::flagColour(reason));
    return QIcon(pixels);
}

void describe(QTreeWidgetItem* item, const review::Flag& p, const QString& pathOnDisk)
{
    item->setText(Reason, widgets::flagLabel(p.reason));
    item->setIcon(Reason, swatch(p.reason));
    item->setData(Score, Qt::DisplayRole, scoreOf(p));
    item->setText(Detector, p.source ? QString::fromStdString(p.source->id) : QString());
    item->setToolTip(Detector, item->text(Detector));
    item->setToolTip(Frame, QString::fromStdString(p.path + (p.note.empty() ? "" : "\n" + p.note)));
    item->setData(Frame, kIdRole, static_cast<qlonglong>(p.id));
    item->setData(Frame, kPathRole, pathOnDisk);
}

// The proposals' ids under an item: its own, or its rows' for a frame with several.
void collectIds(const QTreeWidgetItem* item, std::set<std::int64_t>& ids)
{
    const QVariant id = item->data(Frame, kIdRole);
    if (id.isValid())
        ids.insert(id.toLongLong());
    for (int k = 0; k < item->childCount(); ++k)
        collectIds(item->child(k), ids);
}

std::vector<std::int64_t> idsOf(const QList<QTreeWidgetItem*>& items)
{
    std::set<std::int64_t> ids;
    for (const QTreeWidgetItem* item : items)
        collectIds(item, ids);
    return {ids.begin(), ids.end()};
}

} // namespace

void ProposalList::refresh()
{
    // Rebuilt from the database: proposals arrive from a detector run on another thread.
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(Frame, kPathRole).toString() : QString();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const std::vector<review::Flag> proposals = m_session.proposals();
    const QDir root(m_session.isOpen() ? QString::fromStdString(m_session.store()->root()) : QString());

    // The store keeps one open proposal per frame and detector, so a frame two detectors
    // proposed has two; they are one frame's rows, not a repeated frame.
    std::vector<std::vector<const review::Flag*>> frames;
    std::map<std::string, std::size_t> frameOfPath;
    for (const review::Flag& p : proposals) {
        const auto [at, added] = frameOfPath.try_emplace(p.path, frames.size());
        if (added)
            frames.emplace_back();
        frames[at->second].push_back(&p);
    }
    bool grouped = false;
    for (const auto& rows : frames) {
        const review::Flag& first = *rows.front();
        const QString pathOnDisk = root.filePath(QString::fromStdString(first.path));
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(Frame, frameText(first));
        if (rows.size() == 1) {
            describe(item, first, pathOnDisk);
        } else {
            grouped = true;
            const auto best = std::max_element(rows.begin(), rows.end(), [](const review::Flag* a, const review::Flag* b) {
                return scoreOf(*a) < scoreOf(*b);
            });
            QStringList detectors;
            for (const review::Flag* p : rows) {
                describe(new QTreeWidgetItem(item), *p, pathOnDisk);
                if (p->source)
                    detectors << QString::fromStdString(p->source->id);
            }
            item->setText(Reason, tr("%n proposal(s)", nullptr, static_cast<int>(rows.size())));
            item->setIcon(Reason, swatch((*best)->reason));
            item->setData(Score, Qt::DisplayRole, scoreOf(**best));
            item->setText(Detector, detectors.join(QStringLiteral(", ")));
            item->setToolTip(Detector, detectors.join(QLatin1Char('\n')));
            item->setToolTip(Frame, QString::fromStdString(first.path));
            item->setData(Frame, kPathRole, pathOnDisk);
            item->setExpanded(true);
        }
        if (pathOnDisk == current && !m_tree->currentItem())
            m_tree->setCurrentItem(item);
    }
    m_tree->setRootIsDecorated(grouped);
    m_proposalCount = static_cast<int>(proposals.size());

    const QString waiting = tr("%n proposal(s)", nullptr, m_proposalCount);
    if (proposals.empty())
        m_summary->setText(tr("No proposals waiting. Run a detector over a day to get some."));
    else if (frames.size() == proposals.size())
        m_summary->setText(tr("%1 waiting for a decision").arg(waiting));
    else
        m_summary->setText(tr("%1 for %2 waiting for a decision; a frame with several was proposed by several detectors")
                               .arg(waiting, tr("%n frame(s)", nullptr, static_cast<int>(frames.size()))));
    m_acceptAll->setEnabled(!proposals.empty());
    m_dismissAll->setEnabled(!proposals.empty());
    m_acceptSelected->setEnabled(!m_tree->selectedItems().isEmpty());
    m_dismissSelected->setEnabled(!m_tree->selectedItems().isEmpty());
}

int ProposalList::frameCount() const
{
    return m_tree->topLevelItemCount();
}

void ProposalList::decideSelected(bool accept)
{
    decide(idsOf(m_tree->selectedItems()), accept);
}

void ProposalList::decideAll(bool accept)
{
    decide(idsOf({m_tree->invisibleRootItem()}), accept);
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
