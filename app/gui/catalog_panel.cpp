#include "catalog_panel.h"

#include "catalog/sequence_selector.h"

#include "catalog_filter_model.h"
#include "catalog_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace hb::app {

namespace {

using Kind = widgets::CatalogModel::Kind;

Kind kindOf(const QModelIndex& index)
{
    return static_cast<Kind>(index.data(widgets::CatalogModel::KindRole).toInt());
}

int entryOf(const QModelIndex& index)
{
    return index.data(widgets::CatalogModel::EntryRole).toInt();
}

QDateEdit* dayEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    return edit;
}

} // namespace

CatalogPanel::CatalogPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new widgets::CatalogModel(this))
    , m_filterModel(new widgets::CatalogFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_detector(new QComboBox(this))
    , m_review(new QComboBox(this))
    , m_limitDays(new QCheckBox(tr("Days"), this))
    , m_firstDay(dayEdit(this, QStringLiteral("catalogFirstDay")))
    , m_lastDay(dayEdit(this, QStringLiteral("catalogLastDay")))
    , m_tree(new QTreeView(this))
{
    m_filterModel->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("catalogFilter"));
    m_filter->setPlaceholderText(tr("Filter: detector, day (2008-12-12), file name"));
    m_filter->setClearButtonEnabled(true);
    m_detector->setObjectName(QStringLiteral("catalogDetector"));
    m_detector->addItem(tr("All instruments"), QString());
    m_review->setObjectName(QStringLiteral("catalogReviewFilter"));
    using Review = widgets::CatalogFilterModel::ReviewFilter;
    m_review->addItem(tr("All frames"), static_cast<int>(Review::All));
    m_review->addItem(tr("Only flagged"), static_cast<int>(Review::Flagged));
    m_review->addItem(tr("Only unflagged"), static_cast<int>(Review::Unflagged));
    m_review->addItem(tr("Only with proposals"), static_cast<int>(Review::Proposed));
    m_review->addItem(tr("Only not reviewed"), static_cast<int>(Review::Unreviewed));
    m_review->setToolTip(tr("Show and play only the frames in this review state"));
    m_limitDays->setObjectName(QStringLiteral("catalogLimitDays"));
    m_limitDays->setToolTip(tr("Show only frames observed on these days (UTC)"));
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_tree->setModel(m_filterModel);
    m_tree->setUniformRowHeights(true);  // thousands of rows: no per-row size queries
    m_tree->header()->setStretchLastSection(false);
    // Room for "hh:mm:ss  file name" four levels down; the counts and summaries take what they need.
    m_tree->header()->setSectionResizeMode(widgets::CatalogModel::Label, QHeaderView::Interactive);
    m_tree->header()->resizeSection(widgets::CatalogModel::Label, 250);
    m_tree->setIndentation(14);
    m_tree->setTextElideMode(Qt::ElideMiddle);  // SECCHI names differ at their end: 20081212_000730_d4c2A
    for (int column : {widgets::CatalogModel::Files, widgets::CatalogModel::Reviewed, widgets::CatalogModel::Flagged,
                       widgets::CatalogModel::Level, widgets::CatalogModel::Resolution})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(240);  // the window gives it more at first (MainWindow)

    auto* days = new QHBoxLayout;
    days->addWidget(m_limitDays);
    days->addWidget(m_firstDay, 1);
    days->addWidget(new QLabel(tr("to"), this));
    days->addWidget(m_lastDay, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_detector, 1);
    choices->addWidget(m_review, 1);
    layout->addLayout(choices);
    layout->addLayout(days);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filterModel->setText(text);
        refreshSequence();
    });
    connect(m_detector, &QComboBox::activated, this, [this] {
        m_filterModel->setDetector(m_detector->currentData().toString());
        refreshSequence();
    });
    connect(m_review, &QComboBox::activated, this, [this] { setReviewFilter(m_review->currentData().toInt()); });
    connect(m_limitDays, &QCheckBox::toggled, this, [this](bool on) {
        m_firstDay->setEnabled(on);
        m_lastDay->setEnabled(on);
        applyDays();
    });
    connect(m_firstDay, &QDateEdit::dateChanged, this, &CatalogPanel::applyDays);
    connect(m_lastDay, &QDateEdit::dateChanged, this, &CatalogPanel::applyDays);
    connect(m_model, &widgets::CatalogModel::detectorsChanged, this, &CatalogPanel::updateDetectors);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &CatalogPanel::onRowsInserted);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { choose(current); });
}

void CatalogPanel::clear()
{
    m_currentEntry = -1;
    m_sequenceSpan = QPersistentModelIndex();
    m_model->clear();
}

void CatalogPanel::setFilterText(const QString& text)
{
    m_filter->setText(text);
}

void CatalogPanel::append(std::vector<CatalogEntry> batch)
{
    m_model->append(std::move(batch));
    if (!m_limitDays->isChecked() && m_model->firstDay().isValid()) {
        // The range offered is the folder's span, until the scientist narrows it.
        const QSignalBlocker a(m_firstDay), b(m_lastDay);
        m_firstDay->setDate(m_model->firstDay());
        m_lastDay->setDate(m_model->lastDay());
    }
    if (m_currentEntry >= 0)
        return;
    // Show something at once: the first frame with pixels (a .header file alone shows nothing).
    const std::function<QModelIndex(const QModelIndex&)> firstImage = [&](const QModelIndex& parent) -> QModelIndex {
        for (int row = 0; row < m_filterModel->rowCount(parent); ++row) {
            const QModelIndex child = m_filterModel->index(row, 0, parent);
            if (kindOf(child) == Kind::Frame && m_model->entry(entryOf(child)).hasPixels)
                return child;
            if (const QModelIndex found = firstImage(child); found.isValid())
                return found;
        }
        return {};
    };
    if (const QModelIndex first = firstImage({}); first.isValid()) {
        m_tree->scrollTo(first);  // opens the day
        m_tree->setCurrentIndex(first);
    }
}

void CatalogPanel::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    // Missions, spacecraft and detectors open as they appear; days stay closed until chosen.
    const std::function<void(const QModelIndex&)> open = [&](const QModelIndex& index) {
        if (kindOf(index) != Kind::Group)
            return;
        m_tree->expand(index);
        for (int row = 0; row < m_filterModel->rowCount(index); ++row)
            open(m_filterModel->index(row, 0, index));
    };
    for (int row = first; row <= last; ++row)
        open(m_filterModel->index(row, 0, parent));
    for (QModelIndex p = parent; p.isValid() && m_sequenceSpan.isValid(); p = p.parent())
        if (p == QModelIndex(m_sequenceSpan)) {
            refreshSequence();
            break;
        }
}

void CatalogPanel::followEntry(int entry)
{
    const QModelIndex index = m_filterModel->mapFromSource(m_model->indexOfEntry(entry));
    if (!index.isValid() || index == m_tree->currentIndex())
        return;
    m_currentEntry = entry;
    m_following = true;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_following = false;
}

bool CatalogPanel::chooseEntry(int entry)
{
    const QModelIndex index = m_filterModel->mapFromSource(m_model->indexOfEntry(entry));
    if (!index.isValid())
        return false;
    if (index == m_tree->currentIndex())
        choose(index);  // the tree does not report choosing what is current already
    else
        m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void CatalogPanel::setReviewFilter(int filter)
{
    if (const int index = m_review->findData(filter); index >= 0 && index != m_review->currentIndex())
        m_review->setCurrentIndex(index);
    m_filterModel->setReviewFilter(static_cast<widgets::CatalogFilterModel::ReviewFilter>(filter));
    refreshSequence();
}

void CatalogPanel::choose(const QModelIndex& index)
{
    if (!index.isValid() || m_following)
        return;
    const Kind kind = kindOf(index);
    if (kind == Kind::Unreadable) {
        const CatalogEntry& e = m_model->entry(entryOf(index));
        emit unreadableChosen(QString::fromStdString(e.info.path), QString::fromStdString(e.error));
        return;
    }
    // A frame plays with its day; a day from its first frame; a detector through all its days.
    // Higher groups mix detectors, which make no movie.
    const bool holdsDays = kind == Kind::Group && m_filterModel->rowCount(index) > 0 &&
                           kindOf(m_filterModel->index(0, 0, index)) == Kind::Day;
    if (kind == Kind::Group && !holdsDays)
        return;
    QModelIndex span = kind == Kind::Frame ? index.parent() : index;
    const int wanted = kind == Kind::Frame ? entryOf(index) : -1;
    int position = 0;
    std::vector<int> sequence = sequenceUnder(span, wanted, position);
    if (sequence.empty())
        return;
    // Alone on its day (the archive's one-frame-a-day Venus and comet sequences): a day would
    // play 1 of 1, so the frame plays with its instrument's days.
    if (kind == Kind::Frame && sequence.size() == 1 && span.parent().isValid()) {
        int across = 0;
        std::vector<int> wider = sequenceUnder(span.parent(), wanted, across);
        if (wider.size() > 1 && across >= 0) {
            sequence = std::move(wider);
            position = across;
            span = span.parent();
        }
    }
    m_sequenceSpan = span;
    m_currentEntry = sequence[static_cast<std::size_t>(position)];
    emit frameChosen(m_currentEntry, sequence, position);
}

std::vector<int> CatalogPanel::sequenceUnder(const QModelIndex& span, int current, int& position) const
{
    std::vector<int> shown;
    const std::function<void(const QModelIndex&)> collect = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_filterModel->rowCount(parent); ++row) {
            const QModelIndex child = m_filterModel->index(row, 0, parent);
            if (kindOf(child) == Kind::Day)
                collect(child);
            else if (kindOf(child) == Kind::Frame)
                shown.push_back(entryOf(child));
        }
    };
    collect(span);
    // A detector's days may hold several sequences (COR1's three polariser angles, two sizes):
    // only the frames that belong with the chosen one (or the first) play, by the CLI's rule.
    std::vector<int> sequence;
    position = current < 0 ? 0 : -1;
    if (shown.empty())
        return sequence;
    const ObservationInfo& anchor = m_model->entry(current < 0 ? shown.front() : current).info;
    for (const int entry : shown) {
        if (!looksAlike(m_model->entry(entry).info, anchor))
            continue;
        if (entry == current)
            position = static_cast<int>(sequence.size());
        sequence.push_back(entry);
    }
    return sequence;
}

void CatalogPanel::refreshSequence()
{
    if (m_currentEntry < 0 || !m_sequenceSpan.isValid())
        return;
    int position = -1;
    std::vector<int> sequence = sequenceUnder(m_sequenceSpan, m_currentEntry, position);
    if (position >= 0)  // a filter that hides the current frame leaves the sequence as it was
        emit sequenceChanged(sequence, position);
}

void CatalogPanel::updateDetectors()
{
    const QString chosen = m_detector->currentData().toString();
    const QSignalBlocker block(m_detector);
    while (m_detector->count() > 1)
        m_detector->removeItem(1);
    for (const QString& detector : m_model->detectors())
        m_detector->addItem(detector, detector);
    m_detector->setCurrentIndex(std::max(0, m_detector->findData(chosen)));
}

void CatalogPanel::applyDays()
{
    const bool on = m_limitDays->isChecked();
    m_filterModel->setDays(on ? m_firstDay->date() : QDate(), on ? m_lastDay->date() : QDate());
    refreshSequence();
}

} // namespace hb::app
