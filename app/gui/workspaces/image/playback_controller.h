#pragma once

#include <QObject>
#include <QTimer>

namespace hb::app {

// Steps through a sequence of `count` frames at a frame rate: play, pause, step, first, last,
// with the end behaviour of a movie player (stop, loop, bounce). Knows indices only; what a
// frame is and how it is shown belongs to its listeners.
class PlaybackController : public QObject {
    Q_OBJECT
public:
    enum class EndMode { Stop, Loop, Bounce };

    explicit PlaybackController(QObject* parent = nullptr);

    void setCount(int count);
    int count() const noexcept { return m_count; }
    int position() const noexcept { return m_position; }
    void setPosition(int index);
    void setFramesPerSecond(double fps);
    double framesPerSecond() const noexcept { return m_fps; }
    void setEndMode(EndMode mode) { m_endMode = mode; }
    bool isPlaying() const { return m_timer.isActive(); }

    void play();
    void pause();
    void togglePlay();
    void next();
    void previous();
    void first() { setPosition(0); }
    void last() { setPosition(m_count - 1); }

signals:
    void positionChanged(int index);
    void playingChanged(bool playing);

private:
    void advance();

    QTimer m_timer;
    int m_count = 0;
    int m_position = -1;
    int m_direction = 1;
    double m_fps = 10.0;
    EndMode m_endMode = EndMode::Loop;
};

} // namespace hb::app
