#include "workspaces/image/sequence_panel.h"

#include "frame_strip.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace hb::app {

namespace {
QToolButton* button(QWidget* parent, QStyle::StandardPixmap icon, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}
} // namespace

SequencePanel::SequencePanel(QWidget* parent)
    : QWidget(parent)
    , m_strip(new widgets::FrameStrip(this))
    , m_play(button(this, QStyle::SP_MediaPlay, tr("Play / pause (Space)")))
    , m_endMode(new QComboBox(this))
    , m_fps(new QDoubleSpinBox(this))
    , m_position(new QLabel(this))
    , m_controls(nullptr)
{
    QToolButton* first = button(this, QStyle::SP_MediaSkipBackward, tr("First frame (Home)"));
    QToolButton* previous = button(this, QStyle::SP_MediaSeekBackward, tr("Previous frame (Left)"));
    QToolButton* next = button(this, QStyle::SP_MediaSeekForward, tr("Next frame (Right)"));
    QToolButton* last = button(this, QStyle::SP_MediaSkipForward, tr("Last frame (End)"));
    m_endMode->addItem(tr("Loop"), static_cast<int>(PlaybackController::EndMode::Loop));
    m_endMode->addItem(tr("Bounce"), static_cast<int>(PlaybackController::EndMode::Bounce));
    m_endMode->addItem(tr("Stop at end"), static_cast<int>(PlaybackController::EndMode::Stop));
    m_fps->setRange(0.5, 60.0);
    m_fps->setDecimals(1);
    m_fps->setValue(m_playback.framesPerSecond());
    m_fps->setSuffix(tr(" fps"));
    m_position->setMinimumWidth(90);

    auto* controls = m_controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : {static_cast<QWidget*>(first), static_cast<QWidget*>(previous), static_cast<QWidget*>(m_play),
                       static_cast<QWidget*>(next), static_cast<QWidget*>(last)})
        controls->addWidget(w);
    controls->addWidget(m_endMode);
    controls->addWidget(m_fps);
    controls->addWidget(m_position);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_strip);  // the whole width: a day of frames needs room
    layout->addLayout(controls);

    connect(first, &QToolButton::clicked, &m_playback, &PlaybackController::first);
    connect(previous, &QToolButton::clicked, &m_playback, &PlaybackController::previous);
    connect(next, &QToolButton::clicked, &m_playback, &PlaybackController::next);
    connect(last, &QToolButton::clicked, &m_playback, &PlaybackController::last);
    connect(m_play, &QToolButton::clicked, &m_playback, &PlaybackController::togglePlay);
    connect(m_endMode, &QComboBox::activated, this, [this] {
        m_playback.setEndMode(static_cast<PlaybackController::EndMode>(m_endMode->currentData().toInt()));
    });
    connect(m_fps, &QDoubleSpinBox::valueChanged, &m_playback, &PlaybackController::setFramesPerSecond);
    connect(m_strip, &widgets::FrameStrip::frameSelected, &m_playback, &PlaybackController::setPosition);
    connect(&m_playback, &PlaybackController::playingChanged, this, [this](bool playing) {
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    connect(&m_playback, &PlaybackController::positionChanged, this, [this](int index) {
        m_strip->setCurrent(index);
        updateLabel();
        emit positionChanged(index);
    });
}

void SequencePanel::setTimes(std::vector<std::int64_t> times, int current)
{
    m_playback.pause();
    updateTimes(std::move(times), current);
}

void SequencePanel::updateTimes(std::vector<std::int64_t> times, int current)
{
    const int count = static_cast<int>(times.size());
    m_strip->setTimes(std::move(times));
    m_playback.setCount(count);
    const QSignalBlocker block(&m_playback);  // selecting in the catalog is not a playback step
    m_playback.setPosition(current);
    m_strip->setCurrent(current);
    updateLabel();
}

void SequencePanel::updateLabel()
{
    m_position->setText(m_playback.count() > 0
                            ? tr("%1 / %2").arg(m_playback.position() + 1).arg(m_playback.count())
                            : QString());
}

} // namespace hb::app

namespace hb::app {

void SequencePanel::addToggle(QAction* action)
{
    auto* toggle = new QToolButton(this);
    toggle->setDefaultAction(action);
    toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);  // framed, so that its on state shows
    m_controls->insertWidget(m_controls->count() - 1, toggle);  // before the stretch
}

} // namespace hb::app
