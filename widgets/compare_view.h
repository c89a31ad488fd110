#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

#include <limits>

class QButtonGroup;
class QSlider;
class QSpinBox;
class QStackedLayout;

namespace hb::widgets {

class DifferenceBar;
class ImageView;

// Two pictures of the same field compared: side by side with linked zoom and pan, a wipe (A
// left of the slider, B right), blink (A and B alternate), or their difference (a picture the
// caller renders from the data). Used for frame-to-frame review now and before/after a
// processing step later.
class CompareView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { SideBySide, Wipe, Blink, Difference };

    explicit CompareView(QWidget* parent = nullptr);

    // `differenceRange`: the value of a - b drawn white (NaN: unknown), in `unit`.
    void setPictures(const QImage& a, const QImage& b, const QImage& difference = {},
                     double differenceRange = std::numeric_limits<double>::quiet_NaN(), const QString& unit = {});
    // What A and B are ("A  name  time"): on each picture, and on the one the single view shows.
    void setLabels(const QString& a, const QString& b);
    void setMode(Mode mode);
    Mode mode() const noexcept { return m_mode; }
    void setWipePosition(double fraction);  // 0..1 of the picture width
    void setBlinkInterval(int milliseconds);
    int blinkInterval() const;
    DifferenceBar* differenceBar() const noexcept { return m_differenceBar; }

    ImageView* left() const noexcept { return m_left; }
    ImageView* right() const noexcept { return m_right; }
    // What the single view shows now in Wipe, Blink and Difference modes.
    const QImage& shownPicture() const;

signals:
    void modeChanged(hb::widgets::CompareView::Mode mode);

private:
    void refreshSingle();
    void linkViews(ImageView* from, ImageView* to);

    Mode m_mode = Mode::SideBySide;
    QImage m_a, m_b, m_difference, m_composed;
    QString m_labelA, m_labelB;
    double m_wipe = 0.5;
    bool m_blinkShowsB = false;
    QTimer m_blink;
    ImageView* m_left;
    ImageView* m_right;
    ImageView* m_single;
    QSlider* m_wipeSlider;
    QSpinBox* m_blinkInterval;
    DifferenceBar* m_differenceBar;
    QStackedLayout* m_stack;
    QButtonGroup* m_modes;
};

} // namespace hb::widgets
