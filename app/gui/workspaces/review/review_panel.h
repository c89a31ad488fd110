#pragma once

#include "core/observation_info.h"
#include "review/flag_reason.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;

namespace hb::app {

class ReviewSession;

// The Review dock and its keys: flag the frame on screen with a reason (number keys 1-8), clear
// (Backspace), note (N), undo/redo (Z, Shift+Z), accept or dismiss a detector's proposal (A, D),
// jump to the next unreviewed (U) or flagged (F, Shift+F) frame, and review mode (Ctrl+R: frames
// stepped past count as reviewed). The keys are window-wide actions, so they work while a
// sequence plays; text fields keep their own keys. Shows the frame's flag, note and proposals
// and how far the day and the instrument are reviewed.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    ReviewPanel(ReviewSession& session, QWidget* parent = nullptr);

    // The frame on screen (none: no frame, the keys do nothing).
    void setFrame(const std::optional<ObservationInfo>& frame);
    struct Counts {
        int reviewed = 0, flagged = 0, total = 0;
    };
    void setCounts(const QString& day, const Counts& ofDay, const QString& instrument, const Counts& ofInstrument);
    // Every action, for the window (shortcuts) and its Review menu.
    QList<QAction*> reviewActions() const { return m_actions; }
    QAction* reviewModeAction() const noexcept { return m_reviewMode; }
    bool reviewMode() const;
    // Notes the frame on screen without asking (the N key asks in a dialog).
    void noteFrame(const QString& note);
    QString stateText() const;

signals:
    void nextUnreviewedRequested();
    void flaggedRequested(int direction);  // +1 next, -1 previous
    void reviewModeChanged(bool on);
    // A dialog of the panel closed: the keys should go back to the frame.
    void keyboardReleased();

private:
    QAction* addAction(const QString& text, const QKeySequence& key, const char* name);
    void buildActions();
    void refresh();
    void askNote();
    void decideProposals(bool accept);

    ReviewSession& m_session;
    std::optional<ObservationInfo> m_frame;
    QList<QAction*> m_actions;
    QList<QAction*> m_frameActions;  // those needing a frame on screen and an open database
    QAction* m_reviewMode = nullptr;
    QLabel* m_database;
    QLabel* m_frameName;
    QLabel* m_state;
    QLabel* m_note;
    QLabel* m_counts;
};

} // namespace hb::app
