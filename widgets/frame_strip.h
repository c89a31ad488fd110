#pragma once

#include <QColor>
#include <QWidget>

#include <cstdint>
#include <vector>

class QPainter;

namespace hb::widgets {

// The frames of a sequence on a time line: one tick per frame at its observation time, the
// current frame marked, and gaps in the cadence (intervals over 1.5 x the median) shaded so that
// missing data is seen at a glance. Review marks: a bar under a flagged frame in its reason's
// colour, a triangle over a frame with a detector proposal, and ticks of frames already
// reviewed drawn solid (the rest faint). Clicking selects the nearest frame.
class FrameStrip : public QWidget {
    Q_OBJECT
public:
    explicit FrameStrip(QWidget* parent = nullptr);

    // UTC nanoseconds, one per frame, in display order (ascending).
    void setTimes(std::vector<std::int64_t> times);
    void setCurrent(int index);

    struct Mark {
        QColor flag;  // invalid: not flagged
        bool reviewed = false;
        bool proposed = false;
    };
    // One per frame in the order of the times, or none (every frame unmarked).
    void setMarks(std::vector<Mark> marks);
    const std::vector<Mark>& marks() const noexcept { return m_marks; }
    int current() const noexcept { return m_current; }
    int count() const noexcept { return static_cast<int>(m_times.size()); }
    // Intervals whose length exceeds 1.5 x the median cadence: (index before, index after).
    std::vector<std::pair<int, int>> gaps() const;

    QSize sizeHint() const override { return {400, 44}; }

signals:
    void frameSelected(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    double xOf(std::int64_t t) const;
    int nearest(double x) const;
    void paintMarks(QPainter& painter, double top, double bottom) const;

    std::vector<std::int64_t> m_times;
    std::vector<Mark> m_marks;
    int m_current = -1;
};

} // namespace hb::widgets
