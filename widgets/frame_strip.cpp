#include "frame_strip.h"

#include "flag_style.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hb::widgets {

namespace {
constexpr double kMargin = 8.0;
constexpr double kGapFactor = 1.5;
} // namespace

FrameStrip::FrameStrip(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(36);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FrameStrip::setTimes(std::vector<std::int64_t> times)
{
    m_times = std::move(times);
    m_current = m_times.empty() ? -1 : std::clamp(m_current, 0, count() - 1);
    update();
}

void FrameStrip::setMarks(std::vector<Mark> marks)
{
    m_marks = std::move(marks);
    update();
}

void FrameStrip::setCurrent(int index)
{
    if (index < 0 || index >= count() || index == m_current)
        return;
    m_current = index;
    update();
}

std::vector<std::pair<int, int>> FrameStrip::gaps() const
{
    std::vector<std::pair<int, int>> out;
    if (m_times.size() < 3)
        return out;
    std::vector<std::int64_t> steps;
    for (std::size_t i = 1; i < m_times.size(); ++i)
        steps.push_back(m_times[i] - m_times[i - 1]);
    std::vector<std::int64_t> sorted = steps;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
    const double median = static_cast<double>(sorted[sorted.size() / 2]);
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (median > 0 && static_cast<double>(steps[i]) > kGapFactor * median)
            out.emplace_back(static_cast<int>(i), static_cast<int>(i + 1));
    return out;
}

double FrameStrip::xOf(std::int64_t t) const
{
    const double span = static_cast<double>(m_times.back() - m_times.front());
    const double usable = width() - 2 * kMargin;
    if (span <= 0)
        return width() / 2.0;
    return kMargin + usable * static_cast<double>(t - m_times.front()) / span;
}

int FrameStrip::nearest(double x) const
{
    int best = -1;
    double bestDistance = 1e300;
    for (int i = 0; i < count(); ++i) {
        const double d = std::fabs(xOf(m_times[static_cast<std::size_t>(i)]) - x);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void FrameStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (m_times.empty())
        return;
    const double top = 6, bottom = height() - 6.0;
    for (const auto& [a, b] : gaps())
        p.fillRect(QRectF(QPointF(xOf(m_times[static_cast<std::size_t>(a)]), top),
                          QPointF(xOf(m_times[static_cast<std::size_t>(b)]), bottom)),
                   QColor(220, 60, 60, 60));
    paintMarks(p, top, bottom);
    if (m_current >= 0) {
        const double x = xOf(m_times[static_cast<std::size_t>(m_current)]);
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

void FrameStrip::paintMarks(QPainter& p, double top, double bottom) const
{
    const bool marked = m_marks.size() == m_times.size();
    QColor faint = palette().color(QPalette::Text);
    faint.setAlpha(marked ? 90 : 255);  // unmarked strips (no review database) stay as they were
    const QPen solid(palette().color(QPalette::Text), 1), light(faint, 1);
    // A flag bar at least 3 px wide, wider when frames are sparse, never wider than their spacing.
    const double spacing = m_times.size() > 1 ? (width() - 2 * kMargin) / static_cast<double>(m_times.size() - 1) : 8.0;
    const double barWidth = std::clamp(spacing * 0.8, 3.0, 8.0);
    for (std::size_t i = 0; i < m_times.size(); ++i) {
        const double x = xOf(m_times[i]);
        const Mark* mark = marked ? &m_marks[i] : nullptr;
        p.setPen(!mark || mark->reviewed ? solid : light);
        p.drawLine(QPointF(x, top + 8), QPointF(x, bottom - 8));
        if (!mark)
            continue;
        if (mark->flag.isValid())
            p.fillRect(QRectF(x - barWidth / 2, bottom - 7, barWidth, 7), mark->flag);
        if (mark->proposed) {
            const QPointF triangle[] = {{x - 4, top}, {x + 4, top}, {x, top + 6}};
            p.setPen(QPen(proposalColour(), 1.2));
            p.setBrush(Qt::NoBrush);
            p.drawPolygon(triangle, 3);
        }
    }
}

void FrameStrip::mousePressEvent(QMouseEvent* event)
{
    const int index = nearest(event->position().x());
    if (index >= 0) {
        setCurrent(index);
        emit frameSelected(index);
    }
}

} // namespace hb::widgets
