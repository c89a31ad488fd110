#include "compare_view.h"

#include "colour_bar.h"
#include "image_view.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPainter>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace hb::widgets {

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
    , m_left(new ImageView(this))
    , m_right(new ImageView(this))
    , m_single(new ImageView(this))
    , m_wipeSlider(new QSlider(Qt::Horizontal, this))
    , m_blinkInterval(new QSpinBox(this))
    , m_differenceBar(new DifferenceBar(this))
    , m_stack(new QStackedLayout)
    , m_modes(new QButtonGroup(this))
{
    auto* pair = new QWidget(this);
    auto* pairLayout = new QHBoxLayout(pair);
    pairLayout->setContentsMargins(0, 0, 0, 0);
    pairLayout->addWidget(m_left);
    pairLayout->addWidget(m_right);
    m_stack->addWidget(pair);
    m_stack->addWidget(m_single);

    auto* controls = new QHBoxLayout;
    const std::pair<Mode, QString> modes[] = {{Mode::SideBySide, tr("Side by side")},
                                              {Mode::Wipe, tr("Wipe")},
                                              {Mode::Blink, tr("Blink")},
                                              {Mode::Difference, tr("Difference")}};
    for (const auto& [mode, label] : modes) {
        auto* button = new QRadioButton(label, this);
        m_modes->addButton(button, static_cast<int>(mode));
        controls->addWidget(button);
    }
    m_modes->button(static_cast<int>(Mode::SideBySide))->setChecked(true);
    m_wipeSlider->setRange(0, 1000);
    m_wipeSlider->setValue(500);
    controls->addWidget(m_wipeSlider, 1);
    m_blinkInterval->setObjectName(QStringLiteral("blinkInterval"));
    m_blinkInterval->setRange(100, 5000);
    m_blinkInterval->setSingleStep(100);
    m_blinkInterval->setValue(500);
    m_blinkInterval->setSuffix(tr(" ms"));
    m_blinkInterval->setPrefix(tr("each frame "));
    m_blinkInterval->setToolTip(tr("How long A and B each stay on screen while blinking"));
    controls->addWidget(m_blinkInterval);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_stack, 1);
    layout->addWidget(m_differenceBar);
    layout->addLayout(controls);

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(static_cast<Mode>(id)); });
    connect(m_wipeSlider, &QSlider::valueChanged, this, [this](int v) { setWipePosition(v / 1000.0); });
    connect(&m_blink, &QTimer::timeout, this, [this] {
        m_blinkShowsB = !m_blinkShowsB;
        refreshSingle();
    });
    m_blink.setInterval(m_blinkInterval->value());
    connect(m_blinkInterval, &QSpinBox::valueChanged, this, [this](int ms) { m_blink.setInterval(ms); });
    linkViews(m_left, m_right);
    linkViews(m_right, m_left);
    setMode(Mode::SideBySide);
}

void CompareView::linkViews(ImageView* from, ImageView* to)
{
    connect(from, &ImageView::viewChanged, to, [from, to] { to->setViewState(from->viewState()); });
}

void CompareView::setPictures(const QImage& a, const QImage& b, const QImage& difference, double differenceRange,
                              const QString& unit)
{
    m_a = a;
    m_b = b;
    m_difference = difference;
    m_differenceBar->setRange(difference.isNull() ? std::numeric_limits<double>::quiet_NaN() : differenceRange, unit);
    m_left->setPicture(a);
    m_right->setPicture(b);
    refreshSingle();
}

void CompareView::setLabels(const QString& a, const QString& b)
{
    m_labelA = a;
    m_labelB = b;
    m_left->setCaption(a);
    m_right->setCaption(b);
    refreshSingle();
}

void CompareView::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    if (auto* button = m_modes->button(static_cast<int>(mode)))
        button->setChecked(true);
    m_stack->setCurrentIndex(mode == Mode::SideBySide ? 0 : 1);
    m_wipeSlider->setVisible(mode == Mode::Wipe);
    m_blinkInterval->setVisible(mode == Mode::Blink);
    m_differenceBar->setVisible(mode == Mode::Difference);
    if (mode == Mode::Blink)
        m_blink.start();
    else
        m_blink.stop();
    refreshSingle();
    if (changed)
        emit modeChanged(mode);
}

void CompareView::setWipePosition(double fraction)
{
    m_wipe = std::clamp(fraction, 0.0, 1.0);
    if (m_mode == Mode::Wipe)
        refreshSingle();
}

void CompareView::setBlinkInterval(int milliseconds)
{
    m_blinkInterval->setValue(milliseconds);
}

int CompareView::blinkInterval() const
{
    return m_blink.interval();
}

const QImage& CompareView::shownPicture() const
{
    return m_single->picture();
}

void CompareView::refreshSingle()
{
    switch (m_mode) {
    case Mode::SideBySide: return;
    case Mode::Blink:
        m_single->setPicture(m_blinkShowsB ? m_b : m_a);
        m_single->setCaption(m_blinkShowsB ? m_labelB : m_labelA);
        return;
    case Mode::Difference:
        m_single->setPicture(m_difference);
        m_single->setCaption(m_labelA.isEmpty() ? QString() : tr("A minus B\n%1\n%2").arg(m_labelA, m_labelB));
        return;
    case Mode::Wipe: m_single->setCaption(m_labelA.isEmpty() ? QString() : tr("left: %1\nright: %2").arg(m_labelA, m_labelB)); break;
    }
    if (m_a.isNull() || m_b.size() != m_a.size()) {
        m_single->setPicture(m_a);
        return;
    }
    m_composed = m_a.copy();
    QPainter painter(&m_composed);
    const int split = static_cast<int>(m_wipe * m_a.width());
    painter.drawImage(QRect(split, 0, m_a.width() - split, m_a.height()), m_b, QRect(split, 0, m_a.width() - split, m_a.height()));
    painter.setPen(QPen(QColor(255, 220, 0), 1));
    painter.drawLine(split, 0, split, m_a.height());
    painter.end();
    m_single->setPicture(m_composed);
}

} // namespace hb::widgets
