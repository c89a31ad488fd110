#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

namespace hb::widgets {

// The frames of a sequence on a time line: one tick per frame at its observation time, the
// current frame marked, and gaps in the cadence (intervals over 1.5 x the median) shaded so that
// missing data is seen at a glance. Clicking selects the nearest frame.
class FrameStrip : public QWidget {
    Q_OBJECT
public:
    explicit FrameStrip(QWidget* parent = nullptr);

    // UTC nanoseconds, one per frame, in display order (ascending).
    void setTimes(std::vector<std::int64_t> times);
    void setCurrent(int index);
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

    std::vector<std::int64_t> m_times;
    int m_current = -1;
};

} // namespace hb::widgets
