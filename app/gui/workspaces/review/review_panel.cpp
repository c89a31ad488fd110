#include "workspaces/review/review_panel.h"

#include "flag_style.h"
#include "workspaces/review/note_dialog.h"
#include "workspaces/review/review_session.h"

#include <QAction>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hb::app {

namespace {

QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QString sourceText(const review::Flag& flag)
{
    if (!flag.source)
        return ReviewPanel::tr("by hand");
    return ReviewPanel::tr("by %1 v%2, score %3")
        .arg(QString::fromStdString(flag.source->id))
        .arg(flag.source->version)
        .arg(flag.source->score, 0, 'g', 3);
}

} // namespace

ReviewPanel::ReviewPanel(ReviewSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_database(new QLabel(this))
    , m_frameName(new QLabel(this))
    , m_state(new QLabel(this))
    , m_note(new QLabel(this))
    , m_counts(new QLabel(this))
{
    buildActions();
    for (QLabel* label : {m_database, m_frameName, m_state, m_note, m_counts}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_database->setObjectName(QStringLiteral("reviewDatabase"));
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    QFont bold = m_frameName->font();
    bold.setBold(true);
    m_frameName->setFont(bold);

    auto* frameBox = new QGroupBox(tr("Frame on screen"), this);
    auto* frameLayout = new QVBoxLayout(frameBox);
    frameLayout->addWidget(m_frameName);
    frameLayout->addWidget(m_state);
    frameLayout->addWidget(m_note);

    auto* reasons = new QGroupBox(tr("Flag as"), this);
    auto* grid = new QGridLayout(reasons);
    grid->setSpacing(2);
    for (int k = 0; k < static_cast<int>(review::kAllReasons.size()); ++k)
        grid->addWidget(buttonFor(m_actions[k], reasons), k / 2, k % 2);

    auto* decide = new QGroupBox(tr("Decide"), this);
    auto* decideGrid = new QGridLayout(decide);
    decideGrid->setSpacing(2);
    const auto named = [this](const char* name) { return findChild<QAction*>(QLatin1String(name)); };
    const char* decideNames[] = {"reviewClear", "reviewNote", "reviewUndo", "reviewRedo", "reviewAccept", "reviewDismiss"};
    for (int k = 0; k < 6; ++k)
        decideGrid->addWidget(buttonFor(named(decideNames[k]), decide), k / 2, k % 2);

    auto* go = new QGroupBox(tr("Go to"), this);
    auto* goGrid = new QGridLayout(go);
    goGrid->setSpacing(2);
    goGrid->addWidget(buttonFor(named("reviewNextUnreviewed"), go), 0, 0, 1, 2);
    goGrid->addWidget(buttonFor(named("reviewPreviousFlagged"), go), 1, 0);
    goGrid->addWidget(buttonFor(named("reviewNextFlagged"), go), 1, 1);

    auto* layout = new QVBoxLayout(this);
    auto* mode = new QToolButton(this);
    mode->setDefaultAction(m_reviewMode);
    mode->setToolButtonStyle(Qt::ToolButtonTextOnly);
    mode->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(mode);
    layout->addWidget(m_database);
    layout->addWidget(frameBox);
    layout->addWidget(reasons);
    layout->addWidget(decide);
    layout->addWidget(go);
    layout->addWidget(m_counts);
    layout->addStretch(1);

    connect(&m_session, &ReviewSession::marksChanged, this, &ReviewPanel::refresh);
    refresh();
}

QAction* ReviewPanel::addAction(const QString& text, const QKeySequence& key, const char* name)
{
    auto* action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setObjectName(QLatin1String(name));
    if (!key.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    m_actions << action;
    return action;
}

void ReviewPanel::buildActions()
{
    // The number keys follow the order of the reasons: 1 = corrupted ... 8 = other.
    int number = 1;
    for (review::FlagReason reason : review::kAllReasons) {
        QAction* action = addAction(widgets::flagLabel(reason), QKeySequence(Qt::Key_0 + number),
                                    ("reviewFlag" + std::to_string(number)).c_str());
        action->setText(QStringLiteral("%1  %2").arg(number).arg(widgets::flagLabel(reason)));
        action->setIcon(swatch(widgets::flagColour(reason)));
        connect(action, &QAction::triggered, this, [this, reason] {
            if (m_frame)
                m_session.flag(*m_frame, reason);
        });
        m_frameActions << action;
        ++number;
    }
    QAction* clear = addAction(tr("Clear flag"), Qt::Key_Backspace, "reviewClear");
    connect(clear, &QAction::triggered, this, [this] {
        if (m_frame)
            m_session.clear(*m_frame);
    });
    QAction* note = addAction(tr("Note..."), Qt::Key_N, "reviewNote");
    connect(note, &QAction::triggered, this, &ReviewPanel::askNote);
    m_frameActions << clear << note;

    QUndoStack& undo = m_session.undoStack();
    QAction* undoAction = addAction(tr("Undo flag"), Qt::Key_Z, "reviewUndo");
    QAction* redoAction = addAction(tr("Redo flag"), QKeySequence(Qt::SHIFT | Qt::Key_Z), "reviewRedo");
    connect(undoAction, &QAction::triggered, &undo, &QUndoStack::undo);
    connect(redoAction, &QAction::triggered, &undo, &QUndoStack::redo);
    connect(&undo, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(&undo, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(&undo, &QUndoStack::undoTextChanged, undoAction,
            [undoAction](const QString& text) { undoAction->setStatusTip(text); });
    undoAction->setEnabled(false);
    redoAction->setEnabled(false);

    QAction* accept = addAction(tr("Accept proposal"), Qt::Key_A, "reviewAccept");
    QAction* dismiss = addAction(tr("Dismiss proposal"), Qt::Key_D, "reviewDismiss");
    connect(accept, &QAction::triggered, this, [this] { decideProposals(true); });
    connect(dismiss, &QAction::triggered, this, [this] { decideProposals(false); });
    m_frameActions << accept << dismiss;

    QAction* unreviewed = addAction(tr("Next unreviewed"), Qt::Key_U, "reviewNextUnreviewed");
    QAction* nextFlagged = addAction(tr("Next flagged"), Qt::Key_F, "reviewNextFlagged");
    QAction* previousFlagged = addAction(tr("Previous flagged"), QKeySequence(Qt::SHIFT | Qt::Key_F), "reviewPreviousFlagged");
    connect(unreviewed, &QAction::triggered, this, &ReviewPanel::nextUnreviewedRequested);
    connect(nextFlagged, &QAction::triggered, this, [this] { emit flaggedRequested(+1); });
    connect(previousFlagged, &QAction::triggered, this, [this] { emit flaggedRequested(-1); });

    m_reviewMode = addAction(tr("Review mode"), QKeySequence(Qt::CTRL | Qt::Key_R), "reviewMode");
    m_reviewMode->setCheckable(true);
    m_reviewMode->setToolTip(tr("Frames stepped past with the arrow keys count as reviewed (Ctrl+R)"));
    connect(m_reviewMode, &QAction::toggled, this, [this](bool on) {
        // Said in words: a checked tool button looks much like an unchecked one in most styles.
        m_reviewMode->setText(on ? tr("Review mode: on") : tr("Review mode: off"));
        emit reviewModeChanged(on);
    });
    m_reviewMode->setText(tr("Review mode: off"));
}

bool ReviewPanel::reviewMode() const
{
    return m_reviewMode->isChecked();
}

void ReviewPanel::setFrame(const std::optional<ObservationInfo>& frame)
{
    m_frame = frame;
    refresh();
}

void ReviewPanel::setCounts(const QString& day, const Counts& ofDay, const QString& instrument, const Counts& ofInstrument)
{
    const auto line = [](const QString& what, const Counts& c) {
        return tr("%1: %2 of %3 reviewed, %4 flagged").arg(what).arg(c.reviewed).arg(c.total).arg(c.flagged);
    };
    QStringList lines;
    if (!day.isEmpty())
        lines << line(day, ofDay);
    if (!instrument.isEmpty())
        lines << line(instrument, ofInstrument);
    m_counts->setText(lines.join(QLatin1Char('\n')));
}

void ReviewPanel::refresh()
{
    const bool open = m_session.isOpen();
    if (open)
        m_database->setText(tr("Flags are saved at once in %1").arg(m_session.databasePath()));
    else
        m_database->setText(m_session.openError().isEmpty() ? tr("No review database: open a folder first.")
                                                            : m_session.openError());
    for (QAction* action : m_frameActions)
        action->setEnabled(open && m_frame.has_value());
    if (!m_frame) {
        m_frameName->setText(tr("No frame"));
        m_state->clear();
        m_note->clear();
        return;
    }
    m_frameName->setText(QFileInfo(QString::fromStdString(m_frame->path)).fileName());
    QStringList state;
    const review::FrameMark mark = m_session.mark(m_frame->path);
    std::optional<review::Flag> active;
    if (mark.flagged)
        active = m_session.activeFlag(m_frame->path);
    if (active)
        state << tr("Flagged: %1, %2").arg(widgets::flagLabel(active->reason), sourceText(*active));
    else
        state << (mark.reviewed ? tr("Reviewed, not flagged") : tr("Not reviewed yet"));
    if (mark.proposals > 0)
        for (const review::Flag& p : m_session.proposals(m_frame->path))
            state << tr("Proposed: %1, %2").arg(widgets::flagLabel(p.reason), sourceText(p)) +
                         (p.note.empty() ? QString() : QStringLiteral("\n  ") + QString::fromStdString(p.note));
    m_state->setText(state.join(QLatin1Char('\n')));
    m_note->setText(active && !active->note.empty() ? tr("Note: %1").arg(QString::fromStdString(active->note)) : QString());
}

QString ReviewPanel::stateText() const
{
    return m_state->text();
}

void ReviewPanel::askNote()
{
    if (!m_frame || !m_session.isOpen())
        return;
    const std::optional<review::Flag> active = m_session.activeFlag(m_frame->path);
    NoteDialog dialog(active ? tr("Note on the flag of %1:").arg(m_frameName->text())
                             : tr("Note on %1 (flags it as \"other\"):").arg(m_frameName->text()),
                      active ? QString::fromStdString(active->note) : QString(), this);
    const bool kept = dialog.exec() == QDialog::Accepted;
    if (kept)
        noteFrame(dialog.note());
    // The dialog leaves focus on the Note button of the dock, where the next key would be lost.
    emit keyboardReleased();
}

void ReviewPanel::noteFrame(const QString& note)
{
    if (m_frame)
        m_session.setNote(*m_frame, note);
}

void ReviewPanel::decideProposals(bool accept)
{
    if (!m_frame)
        return;
    const std::vector<review::Flag> proposals = m_session.proposals(m_frame->path);
    if (proposals.empty())
        return;
    // Two proposals for one frame: accepting takes the most certain; dismissing drops them all.
    if (accept) {
        const auto best = std::max_element(proposals.begin(), proposals.end(), [](const auto& a, const auto& b) {
            return a.source.value_or(review::DetectorSource{}).score < b.source.value_or(review::DetectorSource{}).score;
        });
        m_session.accept({best->id});
        return;
    }
    std::vector<std::int64_t> ids;
    for (const review::Flag& p : proposals)
        ids.push_back(p.id);
    m_session.dismiss(ids);
}

} // namespace hb::app
