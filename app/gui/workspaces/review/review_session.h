#pragma once

#include "core/observation_info.h"
#include "review/flag_store.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>

#include <memory>
#include <optional>

namespace hb::app {

// The review database of the open folder, as the window uses it: every flag, clear and note is
// committed at once and pushed on an undo stack (undo puts the frame's whole review state back,
// itself committed at once); the marks of all frames are kept in memory for the tree and the
// strip. Errors (a read-only folder, a file that is not a review database) are reported, never
// thrown: the window goes on without review.
class ReviewSession : public QObject {
    Q_OBJECT
public:
    explicit ReviewSession(QObject* parent = nullptr);
    ~ReviewSession() override;

    // `<folder>/heliobench-review.db`, relative paths from the folder; for a folder the user may
    // not write to, a database of that folder in the user's data location. False (with
    // failed()) when it cannot be opened.
    bool openForFolder(const QString& folder);
    bool open(const QString& databasePath, const QString& root);
    void close();
    bool isOpen() const noexcept { return m_store != nullptr; }
    review::FlagStore* store() const noexcept { return m_store.get(); }
    QString databasePath() const;
    // Why the last open() failed; empty after a success.
    const QString& openError() const noexcept { return m_openError; }
    QUndoStack& undoStack() noexcept { return m_undo; }

    review::FrameMark mark(const std::string& path) const;
    std::optional<review::Flag> activeFlag(const std::string& path) const;
    // Open proposals: of one frame, or of all frames when `path` is empty.
    std::vector<review::Flag> proposals(const std::string& path = {}) const;

    // Undoable changes; false when the database refused (failed() says why).
    bool flag(const ObservationInfo& frame, review::FlagReason reason);
    bool clear(const ObservationInfo& frame);
    bool setNote(const ObservationInfo& frame, const QString& note);
    // Not undoable: looking at a frame is not a decision.
    bool markReviewed(const ObservationInfo& frame);
    bool accept(const std::vector<std::int64_t>& proposals);
    bool dismiss(const std::vector<std::int64_t>& proposals);

    // Reads every mark again (after detectors stored proposals from another thread).
    void reload();

signals:
    void marksChanged();
    void failed(const QString& message);

private:
    class StateChange;
    bool change(const ObservationInfo& frame, const QString& text, const std::function<void()>& action);
    bool guarded(const std::function<void()>& action);
    bool decide(const std::vector<std::int64_t>& proposals, void (review::FlagStore::*decision)(std::int64_t));

    std::unique_ptr<review::FlagStore> m_store;
    review::ReviewMarks m_marks;
    QUndoStack m_undo;
    QString m_openError;
};

} // namespace hb::app
