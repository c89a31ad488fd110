#include "workspaces/image/previous_frame_compare.h"

#include "compare_view.h"
#include "session.h"
#include "workspaces/image/compare_presenter.h"
#include "workspaces/image/frame_annotations.h"

#include <QFileInfo>
#include <QWidget>

namespace hb::app {

PreviousFrameCompare::PreviousFrameCompare(std::shared_ptr<FrameCache> cache, QWidget* viewParent, QObject* parent)
    : QObject(parent)
    , m_view(new widgets::CompareView(viewParent))
    , m_presenter(std::make_unique<ComparePresenter>(std::move(cache)))
{
    connect(m_presenter.get(), &ComparePresenter::compared, m_view, &widgets::CompareView::setPictures);
    connect(m_presenter.get(), &ComparePresenter::failed, this, &PreviousFrameCompare::problem);
}

PreviousFrameCompare::~PreviousFrameCompare() = default;

void PreviousFrameCompare::refresh(const Session& session, const render::DisplaySettings& display,
                                   const FramePresenter::FrameSource& source)
{
    if (!m_shown || session.currentEntry() < 0)
        return;
    const int position = session.positionInSequence(session.currentEntry());
    if (position <= 0) {
        emit status(tr("The first frame of a sequence has no previous frame to compare with."));
        return;
    }
    const auto& sequence = session.sequence();
    const ObservationInfo& a = session.entry(sequence[static_cast<std::size_t>(position)]).info;
    const ObservationInfo& b = session.entry(sequence[static_cast<std::size_t>(position) - 1]).info;
    const auto label = [&](const char* which, const ObservationInfo& info) {
        return QStringLiteral("%1  %2  %3%4").arg(QLatin1String(which), QFileInfo(QString::fromStdString(info.path)).fileName(),
                                                   observationTimeText(info), source ? tr(", processed") : QString());
    };
    m_view->setLabels(label("A", a), label("B", b));
    m_presenter->compare(a.path, b.path, display, source);
}

} // namespace hb::app
