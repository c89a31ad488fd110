#pragma once

#include "workspaces/image/playback_controller.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QAction;
class QComboBox;
class QHBoxLayout;
class QDoubleSpinBox;
class QLabel;
class QToolButton;

namespace hb::widgets {
class FrameStrip;
}

namespace hb::app {

// Under the image: play/pause, step, first/last, end mode (loop, bounce, stop), frame rate, the
// position "12 / 96", and the frame strip of the current sequence.
class SequencePanel : public QWidget {
    Q_OBJECT
public:
    explicit SequencePanel(QWidget* parent = nullptr);

    // A new sequence: playback pauses.
    void setTimes(std::vector<std::int64_t> times, int current);
    // The same sequence grown or narrowed (frames arriving from a scan): playback goes on.
    void updateTimes(std::vector<std::int64_t> times, int current);
    PlaybackController& playback() noexcept { return m_playback; }
    // A button for `action` among the playback controls (how frames are shown while playing).
    void addToggle(QAction* action);
    widgets::FrameStrip* strip() const noexcept { return m_strip; }

signals:
    void positionChanged(int index);

private:
    void updateLabel();

    PlaybackController m_playback;
    widgets::FrameStrip* m_strip;
    QToolButton* m_play;
    QComboBox* m_endMode;
    QDoubleSpinBox* m_fps;
    QLabel* m_position;
    QHBoxLayout* m_controls;
};

} // namespace hb::app
