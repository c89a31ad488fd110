#include "colour_bar.h"

#include <QLinearGradient>
#include <QPainter>

#include <cmath>
#include <limits>

namespace hb::widgets {

DifferenceBar::DifferenceBar(QWidget* parent)
    : QWidget(parent)
    , m_range(std::numeric_limits<double>::quiet_NaN())
{
    setObjectName(QStringLiteral("differenceBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DifferenceBar::setRange(double range, const QString& unit)
{
    m_range = range;
    m_unit = unit;
    setToolTip(labelText());
    update();
}

QString DifferenceBar::labelText() const
{
    if (!std::isfinite(m_range))
        return {};
    const QString unit = m_unit.isEmpty() ? QString() : QLatin1Char(' ') + m_unit;
    return QStringLiteral("%1 .. 0 .. +%2%3").arg(-m_range, 0, 'g', 4).arg(m_range, 0, 'g', 4).arg(unit);
}

QSize DifferenceBar::sizeHint() const
{
    return {300, fontMetrics().height() * 2 + 10};
}

void DifferenceBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int textHeight = fontMetrics().height();
    const QRect bar(8, 2, width() - 16, height() - textHeight - 6);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    gradient.setColorAt(0.0, Qt::black);
    gradient.setColorAt(0.5, QColor(128, 128, 128));
    gradient.setColorAt(1.0, Qt::white);
    painter.fillRect(bar, gradient);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    if (!std::isfinite(m_range))
        return;
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect text(bar.left(), bar.bottom() + 2, bar.width(), textHeight);
    const QString unit = m_unit.isEmpty() ? QString() : QLatin1Char(' ') + m_unit;
    painter.drawText(text, Qt::AlignLeft, QStringLiteral("%1%2").arg(-m_range, 0, 'g', 4).arg(unit));
    painter.drawText(text, Qt::AlignHCenter, tr("0 (no change)"));
    painter.drawText(text, Qt::AlignRight, QStringLiteral("+%1%2").arg(m_range, 0, 'g', 4).arg(unit));
}

} // namespace hb::widgets
