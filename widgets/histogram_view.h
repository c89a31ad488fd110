#pragma once

#include "render/histogram.h"

#include <QWidget>

class QCustomPlot;
class QCPItemStraightLine;

namespace hb::widgets {

// The pixel histogram of the frame on screen (log counts), with the display limits drawn as
// two vertical lines that can be dragged; releasing a line emits the new limits.
class HistogramView : public QWidget {
    Q_OBJECT
public:
    explicit HistogramView(QWidget* parent = nullptr);

    void setHistogram(const render::Histogram& histogram);
    void setLimits(double low, double high);
    // No frame, or one without pixels: an empty plot, no limit lines.
    void clear();
    double low() const noexcept { return m_low; }
    double high() const noexcept { return m_high; }
    QCustomPlot* plot() const noexcept { return m_plot; }

signals:
    void limitsChanged(double low, double high);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void placeLines();

    QCustomPlot* m_plot;
    QCPItemStraightLine* m_lowLine;
    QCPItemStraightLine* m_highLine;
    double m_low = 0, m_high = 1;
    int m_dragging = 0;  // 0 none, 1 low, 2 high
};

} // namespace hb::widgets
