#pragma once

#include <QWidget>

namespace hb::widgets {

// The scale of a difference picture: black (-range) through mid-gray (no change) to white
// (+range), with the values at its ends and middle, so that a difference can be read as a number.
class DifferenceBar : public QWidget {
    Q_OBJECT
public:
    explicit DifferenceBar(QWidget* parent = nullptr);

    // `range`: the value drawn white (and its negative black); NaN: unknown, no labels.
    void setRange(double range, const QString& unit = {});
    double range() const noexcept { return m_range; }
    // "-120 .. 0 .. +120 DN" as the bar labels it.
    QString labelText() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_range;
    QString m_unit;
};

} // namespace hb::widgets
