#include "workspaces/review/review_session.h"

#include "core/error.h"
#include "flag_style.h"
#include "steps/detect/detector_run.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <filesystem>

namespace hb::app {

// One frame's review state before and after a change; the change itself is already committed
// when the command is pushed, so the first redo does nothing.
class ReviewSession::StateChange : public QUndoCommand {
public:
    StateChange(ReviewSession& session, std::string path, review::FrameReviewState before,
                review::FrameReviewState after, const QString& text)
        : QUndoCommand(text)
        , m_session(session)
        , m_path(std::move(path))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    // Undo and redo put the flag back, never "reviewed": looking at a frame is not a decision,
    // and a frame looked at since (stepped past in review mode) stays looked at.
    void undo() override { put(keepingReviewed(m_before)); }
    void redo() override
    {
        if (m_done)
            put(keepingReviewed(m_after));
        m_done = true;
    }

private:
    review::FrameReviewState keepingReviewed(review::FrameReviewState state) const
    {
        state.reviewed = state.reviewed || m_session.mark(m_path).reviewed;
        return state;
    }

    void put(const review::FrameReviewState& state)
    {
        if (m_session.guarded([&] { m_session.m_store->restore(m_path, state); })) {
            m_session.reload();
        }
    }

    ReviewSession& m_session;
    std::string m_path;
    review::FrameReviewState m_before, m_after;
    bool m_done = false;
};

ReviewSession::ReviewSession(QObject* parent)
    : QObject(parent)
{
}

ReviewSession::~ReviewSession() = default;

bool ReviewSession::openForFolder(const QString& folder)
{
    const QString inFolder = QDir(folder).filePath(QString::fromLatin1(review::FlagStore::kDefaultFileName));
    if (QFileInfo::exists(inFolder) || QFileInfo(folder).isWritable())
        return open(inFolder, folder);
    // A read-only archive: the flags live with the user's data, one database per folder.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/review");
    QDir().mkpath(dir);
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QDir(folder).absolutePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    return open(QDir(dir).filePath(QDir(folder).dirName() + QLatin1Char('-') + key + QStringLiteral(".db")), folder);
}

bool ReviewSession::open(const QString& databasePath, const QString& root)
{
    close();
    m_openError.clear();
    try {
        m_store = std::make_unique<review::FlagStore>(databasePath.toStdString(), root.toStdString());
    } catch (const std::exception& e) {
        m_openError = tr("Review is off: %1").arg(QString::fromStdString(e.what()));
        emit failed(m_openError);
        emit marksChanged();
        return false;
    }
    reload();
    return true;
}

void ReviewSession::close()
{
    m_undo.clear();
    m_store.reset();
    m_marks = {};
}

QString ReviewSession::databasePath() const
{
    return m_store ? QString::fromStdString(m_store->databasePath()) : QString();
}

review::FrameMark ReviewSession::mark(const std::string& path) const
{
    if (!m_store)
        return {};
    const review::FrameMark* found = m_marks.find(m_store->relativePath(path));
    return found ? *found : review::FrameMark{};
}

std::optional<review::Flag> ReviewSession::activeFlag(const std::string& path) const
{
    if (!m_store)
        return std::nullopt;
    std::optional<review::Flag> active;
    const_cast<ReviewSession*>(this)->guarded([&] { active = m_store->state(path).active; });
    return active;
}

std::vector<review::Flag> ReviewSession::proposals(const std::string& path) const
{
    std::vector<review::Flag> found;
    if (!m_store)
        return found;
    const std::string relative = path.empty() ? std::string() : m_store->relativePath(path);
    const_cast<ReviewSession*>(this)->guarded([&] {
        for (review::Flag& f : m_store->flags(review::FlagStatus::Proposed))
            if (relative.empty() || f.path == relative)
                found.push_back(std::move(f));
    });
    return found;
}

bool ReviewSession::guarded(const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        return false;
    }
}

bool ReviewSession::change(const ObservationInfo& frame, const QString& text, const std::function<void()>& action)
{
    if (!m_store)
        return false;
    review::FrameReviewState before, after;
    const bool done = guarded([&] {
        before = m_store->state(frame.path);
        action();
        after = m_store->state(frame.path);
    });
    if (!done)
        return false;
    m_undo.push(new StateChange(*this, frame.path, std::move(before), std::move(after), text));
    reload();
    return true;
}

bool ReviewSession::flag(const ObservationInfo& frame, review::FlagReason reason)
{
    const QString name = QFileInfo(QString::fromStdString(frame.path)).fileName();
    return change(frame, tr("Flag %1 as %2").arg(name, widgets::flagLabel(reason)),
                  [&] { m_store->flag(steps::frameRefOf(frame), reason); });
}

bool ReviewSession::clear(const ObservationInfo& frame)
{
    const QString name = QFileInfo(QString::fromStdString(frame.path)).fileName();
    return change(frame, tr("Clear the flag of %1").arg(name), [&] {
        m_store->clear(frame.path);
        m_store->markReviewed(steps::frameRefOf(frame));  // cleared after a look: the frame was seen
    });
}

bool ReviewSession::setNote(const ObservationInfo& frame, const QString& note)
{
    const QString name = QFileInfo(QString::fromStdString(frame.path)).fileName();
    return change(frame, tr("Note on %1").arg(name), [&] {
        // A note belongs to a flag: on an unflagged frame it makes one ("other, see the note").
        if (m_store->state(frame.path).active)
            m_store->setNote(frame.path, note.toStdString());
        else
            m_store->flag(steps::frameRefOf(frame), review::FlagReason::Other, note.toStdString());
    });
}

bool ReviewSession::markReviewed(const ObservationInfo& frame)
{
    if (!m_store || mark(frame.path).reviewed)
        return m_store != nullptr;
    if (!guarded([&] { m_store->markReviewed(steps::frameRefOf(frame)); }))
        return false;
    reload();
    return true;
}

bool ReviewSession::accept(const std::vector<std::int64_t>& proposals)
{
    return decide(proposals, &review::FlagStore::accept);
}

bool ReviewSession::dismiss(const std::vector<std::int64_t>& proposals)
{
    return decide(proposals, &review::FlagStore::dismiss);
}

bool ReviewSession::decide(const std::vector<std::int64_t>& proposals, void (review::FlagStore::*decision)(std::int64_t))
{
    if (!m_store)
        return false;
    const bool done = guarded([&] {
        for (std::int64_t id : proposals)
            (m_store.get()->*decision)(id);
    });
    reload();
    return done;
}

void ReviewSession::reload()
{
    if (m_store)
        guarded([&] { m_marks = m_store->marks(); });
    emit marksChanged();
}

} // namespace hb::app
