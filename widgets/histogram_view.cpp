#include "histogram_view.h"

#include <qcustomplot.h>

#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hb::widgets {

namespace {
constexpr double kGrabPixels = 6.0;  // how close to a line a press grabs it
}

HistogramView::HistogramView(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(140);
    m_plot->addGraph();
    m_plot->graph(0)->setLineStyle(QCPGraph::lsStepLeft);
    m_plot->graph(0)->setPen(QPen(palette().color(QPalette::Text)));
    m_plot->graph(0)->setBrush(QColor(120, 140, 170, 90));
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_plot->yAxis->setLabel(tr("pixels"));
    m_plot->xAxis->setLabel(tr("value"));
    m_plot->xAxis->ticker()->setTickCount(4);  // a narrow dock: fewer, readable labels
    for (QCPItemStraightLine** line : {&m_lowLine, &m_highLine}) {
        *line = new QCPItemStraightLine(m_plot);
        (*line)->setPen(QPen(QColor(230, 120, 20), 2));
        (*line)->setVisible(false);  // until there are limits: else a stray line on an empty plot
    }
    m_plot->installEventFilter(this);
}

void HistogramView::setHistogram(const render::Histogram& h)
{
    QVector<double> x, y;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        x.push_back(h.low + h.binWidth() * static_cast<double>(i));
        y.push_back(std::max(0.5, h.counts[i]));  // log axis: empty bins drawn at the floor
    }
    m_plot->graph(0)->setData(x, y, true);
    m_plot->xAxis->setRange(h.low, h.high);
    const double peak = y.isEmpty() ? 1.0 : *std::max_element(y.begin(), y.end());
    m_plot->yAxis->setRange(0.5, peak * 2.0);
    placeLines();
}

void HistogramView::setLimits(double low, double high)
{
    m_low = low;
    m_high = high;
    m_lowLine->setVisible(true);
    m_highLine->setVisible(true);
    placeLines();
}

void HistogramView::clear()
{
    m_plot->graph(0)->data()->clear();
    m_lowLine->setVisible(false);
    m_highLine->setVisible(false);
    m_plot->replot();
}

void HistogramView::placeLines()
{
    m_lowLine->point1->setCoords(m_low, 1);
    m_lowLine->point2->setCoords(m_low, 2);
    m_highLine->point1->setCoords(m_high, 1);
    m_highLine->point2->setCoords(m_high, 2);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool HistogramView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_plot)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress && m_lowLine->visible()) {
        const auto* e = static_cast<QMouseEvent*>(event);
        const double x = e->position().x();
        const double lowX = m_plot->xAxis->coordToPixel(m_low), highX = m_plot->xAxis->coordToPixel(m_high);
        if (std::fabs(x - lowX) <= kGrabPixels)
            m_dragging = 1;
        else if (std::fabs(x - highX) <= kGrabPixels)
            m_dragging = 2;
        return m_dragging != 0;
    }
    if (event->type() == QEvent::MouseMove && m_dragging != 0) {
        const double value = m_plot->xAxis->pixelToCoord(static_cast<QMouseEvent*>(event)->position().x());
        if (m_dragging == 1)
            m_low = std::min(value, m_high);
        else
            m_high = std::max(value, m_low);
        placeLines();
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease && m_dragging != 0) {
        m_dragging = 0;
        if (m_high > m_low)
            emit limitsChanged(m_low, m_high);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hb::widgets
