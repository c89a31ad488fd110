#include "workspaces/review/review_workspace.h"

#include "catalog_model.h"
#include "catalog_panel.h"
#include "workspaces/review/detector_panel.h"
#include "flag_style.h"
#include "workspaces/image/frame_annotations.h"
#include "frame_strip.h"
#include "image_view.h"
#include "kernel/step_registry.h"
#include "workspaces/image/playback_controller.h"
#include "workspaces/review/review_keys.h"
#include "workspaces/review/review_panel.h"
#include "workspaces/review/review_session.h"
#include "workspaces/image/sequence_panel.h"
#include "session.h"
#include "workspaces/dock.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace hb::app {

namespace {
// Frames around the one on screen for the detectors: enough for the largest neighbour count they offer.
constexpr std::ptrdiff_t kDetectorReach = 10;
} // namespace

ReviewWorkspace::ReviewWorkspace(QMainWindow* window, Context context)
    : QObject(window)
    , m_window(window)
    , m_context(std::move(context))
    , m_review(new ReviewSession(this))
    , m_reviewPanel(new ReviewPanel(*m_review, window))
    , m_detectorPanel(new DetectorPanel(steps::builtinSteps(), *m_review,
                                        [session = m_context.session](bool allDays) {
                                            std::vector<std::string> files;
                                            for (int index : session->framesAround(session->shownEntry(), !allDays))
                                                files.push_back(session->entry(index).info.path);
                                            return files;
                                        },
                                        window))
    , m_keys(new ReviewKeyRouter(window, m_context.view, [panel = m_reviewPanel] { return panel->reviewMode(); }, this))
{
    m_context.session->setFlaggedLookup([review = m_review](const std::string& path) { return review->mark(path).flagged.has_value(); });
    m_context.catalog->model().setMarkSource([review = m_review](const CatalogEntry& e) { return review->mark(e.info.path); });
    connect(m_review, &ReviewSession::marksChanged, this, &ReviewWorkspace::refreshMarks);
    connect(m_review, &ReviewSession::failed, this, [this](const QString& text) { m_context.showProblem(text); });
    connect(m_reviewPanel, &ReviewPanel::nextUnreviewedRequested, this, [this] {
        const Session& session = *m_context.session;
        if (m_reviewPanel->reviewMode() && session.shownEntry() >= 0)
            m_review->markReviewed(session.entry(session.shownEntry()).info);
        jumpTo([](const review::FrameMark& m) { return !m.reviewed; }, +1, tr("Every frame of this sequence is reviewed."));
    });
    connect(m_reviewPanel, &ReviewPanel::flaggedRequested, this, [this](int direction) {
        jumpTo([](const review::FrameMark& m) { return m.flagged.has_value(); }, direction,
               tr("No other flagged frame in this sequence."));
    });
    connect(m_reviewPanel, &ReviewPanel::reviewModeChanged, this, [this](bool on) {
        if (on)
            m_window->findChild<QDockWidget*>(QStringLiteral("ReviewDock"))->raise();
    });
    connect(m_detectorPanel, &DetectorPanel::overlayChanged, this, &ReviewWorkspace::showDetection);
    connect(m_detectorPanel, &DetectorPanel::frameRequested, this, &ReviewWorkspace::showPath);
    connect(&m_context.sequencePanel->playback(), &PlaybackController::playingChanged, m_detectorPanel, &DetectorPanel::setPlaying);

}

void ReviewWorkspace::install(QMenu* reviewMenu)
{
    addDock(m_window, tr("Review"), "ReviewDock", scrolledDown(m_reviewPanel, m_window), Qt::RightDockWidgetArea);
    QDockWidget* detectors =
        addDock(m_window, tr("Detectors"), "DetectorDock", scrolledDown(m_detectorPanel, m_window), Qt::RightDockWidgetArea);
    // The tab chosen, not the widget's own visibility: tabs behind others may still count as shown.
    connect(detectors, &QDockWidget::visibilityChanged, m_detectorPanel, &DetectorPanel::setActive);
    for (QAction* action : m_reviewPanel->reviewActions()) {
        reviewMenu->addAction(action);
        m_window->addAction(action);  // window-wide keys, also while the menu is closed and the dock hidden
    }
    m_keys->setActions(m_reviewPanel->reviewActions());
    qApp->installEventFilter(m_keys);
    connect(m_reviewPanel, &ReviewPanel::keyboardReleased, m_keys, &ReviewKeyRouter::returnKeysToImage);
}

void ReviewWorkspace::openForFolder(const QString& folder)
{
    m_review->openForFolder(folder);
    m_reviewPanel->setFrame(std::nullopt);
}

void ReviewWorkspace::markShownReviewedBeforeStep()
{
    const Session& session = *m_context.session;
    // In review mode a frame looked at and stepped past is reviewed; frames flying by in a movie are not.
    if (m_reviewPanel->reviewMode() && !m_context.sequencePanel->playback().isPlaying() && session.shownEntry() >= 0)
        m_review->markReviewed(session.entry(session.shownEntry()).info);
}

void ReviewWorkspace::onFrameShown(const FramePresenter::Result& result)
{
    const Session& session = *m_context.session;
    const int shown = session.shownEntry();
    m_reviewPanel->setFrame(shown >= 0 ? std::optional(session.entry(shown).info) : std::nullopt);
    refreshMarks();
    if (shown >= 0 && !result.picture.isNull())
        m_detectorPanel->setFrame(result.frame->info.path, session.nearbyPaths(shown, kDetectorReach));
}

void ReviewWorkspace::onFrameFailed(int entry)
{
    const Session& session = *m_context.session;
    m_reviewPanel->setFrame(session.hasEntry(entry) ? std::optional(session.entry(entry).info) : std::nullopt);
    refreshMarks();
}

void ReviewWorkspace::jumpTo(const std::function<bool(const review::FrameMark&)>& wanted, int direction, const QString& none)
{
    const std::vector<int>& sequence = m_context.session->sequence();
    const int count = static_cast<int>(sequence.size());
    PlaybackController& playback = m_context.sequencePanel->playback();
    const int from = playback.position();
    if (count == 0 || from < 0)
        return;
    // Round the sequence once, starting after the frame on screen.
    for (int step = 1; step < count; ++step) {
        const int position = ((from + direction * step) % count + count) % count;
        if (wanted(m_context.catalog->model().mark(sequence[static_cast<std::size_t>(position)]))) {
            playback.setPosition(position);
            return;
        }
    }
    m_context.showStatus(none);
}

void ReviewWorkspace::refreshMarks()
{
    widgets::CatalogModel& model = m_context.catalog->model();
    model.refreshMarks();
    std::vector<widgets::FrameStrip::Mark> marks;
    const std::vector<int>& sequence = m_context.session->sequence();
    marks.reserve(sequence.size());
    if (m_review->isOpen())
        for (int index : sequence) {
            const review::FrameMark mark = model.mark(index);
            marks.push_back({mark.flagged ? widgets::flagColour(*mark.flagged) : QColor(), mark.reviewed, mark.proposals > 0});
        }
    m_context.sequencePanel->strip()->setMarks(std::move(marks));
    const int shownEntry = m_context.session->shownEntry();
    const review::FrameMark shown = shownEntry >= 0 ? model.mark(shownEntry) : review::FrameMark{};
    if (shown.flagged)
        m_context.view->setBadge(widgets::flagLabel(*shown.flagged), widgets::flagColour(*shown.flagged));
    else if (shown.proposals > 0)
        m_context.view->setBadge(tr("Proposed"), widgets::proposalColour());
    else
        m_context.view->setBadge({}, {});
    showReviewCounts();
}

void ReviewWorkspace::showReviewCounts()
{
    const int shown = m_context.session->shownEntry();
    if (shown < 0)
        return;
    const auto counts = [](const QModelIndex& group) {
        const QVariantList c = group.data(widgets::CatalogModel::CountsRole).toList();
        return c.size() == 3 ? ReviewPanel::Counts{c[0].toInt(), c[1].toInt(), c[2].toInt()} : ReviewPanel::Counts{};
    };
    const QModelIndex day = m_context.catalog->model().indexOfEntry(shown).parent();
    const QModelIndex detector = day.parent();
    m_reviewPanel->setCounts(day.data().toString(), counts(day), detector.data().toString(), counts(detector));
}

void ReviewWorkspace::showPath(const QString& path)
{
    const Session& session = *m_context.session;
    const std::string wanted = path.toStdString();
    for (int k = 0; k < session.entryCount(); ++k) {
        const std::string& candidate = session.entry(k).info.path;
        if (candidate == wanted ||
            (m_review->isOpen() && m_review->store()->relativePath(candidate) == m_review->store()->relativePath(wanted))) {
            // Within the sequence on screen: go there, keeping the sequence (a proposal of another
            // day must not cut playback down to that day).
            if (const int position = session.positionInSequence(k); position >= 0) {
                m_context.sequencePanel->playback().setPosition(position);
                return;
            }
            if (!m_context.catalog->chooseEntry(k))
                m_context.showStatus(tr("%1 is hidden by the catalog's filters.").arg(path));
            return;
        }
    }
    m_context.showStatus(tr("%1 is not in the catalog.").arg(path));
}

void ReviewWorkspace::showDetection(const QString& path, const std::optional<Detection>& detection)
{
    const Frame* frame = m_context.frameOnScreen();
    if (!detection || !frame || frame->info.path != path.toStdString())
        m_context.view->setOverlay({});
    else
        m_context.view->setOverlay(detectionOverlay(*detection, m_context.asReadToShown ? m_context.asReadToShown() : PixelMap()));
}

} // namespace hb::app
