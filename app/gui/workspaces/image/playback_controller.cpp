#include "workspaces/image/playback_controller.h"

#include <algorithm>
#include <cmath>

namespace hb::app {

PlaybackController::PlaybackController(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::advance);
    setFramesPerSecond(m_fps);
}

void PlaybackController::setCount(int count)
{
    m_count = std::max(0, count);
    if (m_count == 0) {
        pause();
        m_position = -1;
    } else if (m_position >= m_count) {
        setPosition(m_count - 1);
    }
}

void PlaybackController::setPosition(int index)
{
    if (m_count == 0)
        return;
    index = std::clamp(index, 0, m_count - 1);
    if (index == m_position)
        return;
    m_position = index;
    emit positionChanged(index);
}

void PlaybackController::setFramesPerSecond(double fps)
{
    m_fps = std::clamp(fps, 0.5, 60.0);
    m_timer.setInterval(static_cast<int>(std::lround(1000.0 / m_fps)));
}

void PlaybackController::play()
{
    if (m_count < 2 || m_timer.isActive())
        return;
    m_timer.start();
    emit playingChanged(true);
}

void PlaybackController::pause()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void PlaybackController::togglePlay()
{
    isPlaying() ? pause() : play();
}

void PlaybackController::next()
{
    setPosition(m_position + 1);
}

void PlaybackController::previous()
{
    setPosition(m_position - 1);
}

void PlaybackController::advance()
{
    int next = m_position + m_direction;
    if (next < 0 || next >= m_count) {
        switch (m_endMode) {
        case EndMode::Stop: pause(); return;
        case EndMode::Loop: next = m_direction > 0 ? 0 : m_count - 1; break;
        case EndMode::Bounce:
            m_direction = -m_direction;
            next = m_position + m_direction;
            break;
        }
    }
    setPosition(next);
}

} // namespace hb::app
