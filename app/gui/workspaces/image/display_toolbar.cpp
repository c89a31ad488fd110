#include "workspaces/image/display_toolbar.h"

#include "instrument_display_defaults.h"
#include "render/colormap.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>

#include <algorithm>

namespace hb::app {

DisplayToolBar::DisplayToolBar(QWidget* parent)
    : QToolBar(tr("Display"), parent)
    , m_colormap(new QComboBox(this))
    , m_stretch(new QComboBox(this))
    , m_limits(new QComboBox(this))
{
    setObjectName(QStringLiteral("DisplayToolBar"));
    m_colormap->setObjectName(QStringLiteral("displayColormap"));
    m_stretch->setObjectName(QStringLiteral("displayStretch"));
    m_limits->setObjectName(QStringLiteral("displayLimits"));
    for (auto name : render::colormapNames())
        m_colormap->addItem(QString::fromLatin1(name.data(), static_cast<int>(name.size())));
    for (auto stretch : {render::Stretch::Linear, render::Stretch::Sqrt, render::Stretch::Log, render::Stretch::Asinh,
                         render::Stretch::HistogramEqualization})
        m_stretch->addItem(QString::fromLatin1(render::stretchName(stretch).data()), static_cast<int>(stretch));
    m_limits->addItem(tr("1 - 99.5 %"), QPointF(1.0, 99.5));
    m_limits->addItem(tr("0.1 - 99.9 %"), QPointF(0.1, 99.9));
    m_limits->addItem(tr("5 - 95 %"), QPointF(5.0, 95.0));
    m_limits->addItem(tr("min - max"), QPointF(0.0, 100.0));
    m_limits->setToolTip(tr("Limits from percentiles of each frame; drag them in the histogram to fix them"));
    addWidget(new QLabel(tr("Colour map "), this));
    addWidget(m_colormap);
    addWidget(new QLabel(tr("  Stretch "), this));
    addWidget(m_stretch);
    addSeparator();
    addWidget(new QLabel(tr("  Limits "), this));
    addWidget(m_limits);
    m_mask = addAction(tr("Mask"));
    m_mask->setCheckable(true);
    m_mask->setToolTip(tr("Tint masked pixels: missing, saturated, cosmic rays, bad pixels, marked by hand"));
    addAction(tr("Auto limits"), this, &DisplayToolBar::clearManualRange);

    connect(m_colormap, &QComboBox::activated, this, &DisplayToolBar::remember);
    connect(m_stretch, &QComboBox::activated, this, &DisplayToolBar::remember);
    connect(m_limits, &QComboBox::activated, this, [this] {
        // Choosing percentiles is asking for automatic limits again.
        m_manualRange.reset();
        remember();
    });
    connect(m_mask, &QAction::toggled, this, &DisplayToolBar::changed);
}

QString DisplayToolBar::key(const char* name) const
{
    return QStringLiteral("display/%1/%2").arg(QString::fromStdString(m_detector), QLatin1String(name));
}

void DisplayToolBar::setDetector(const std::string& detector)
{
    if (detector == m_detector && !m_detector.empty())
        return;
    m_detector = detector;
    const QSettings settings;
    m_colormap->setCurrentText(settings.value(key("colormap"), defaultColormap(detector)).toString());
    const int stretch = settings.value(key("stretch"), static_cast<int>(render::Stretch::Asinh)).toInt();
    m_stretch->setCurrentIndex(std::max(0, m_stretch->findData(stretch)));
    m_limits->setCurrentIndex(std::clamp(settings.value(key("limits"), 0).toInt(), 0, m_limits->count() - 1));
    m_manualRange.reset();
    if (settings.contains(key("low")) && settings.contains(key("high")))
        m_manualRange = render::DisplayRange{settings.value(key("low")).toDouble(), settings.value(key("high")).toDouble()};
}

render::DisplaySettings DisplayToolBar::settings() const
{
    render::DisplaySettings display;
    display.colormap = m_colormap->currentText().toStdString();
    display.stretch = static_cast<render::Stretch>(m_stretch->currentData().toInt());
    return display;
}

QPointF DisplayToolBar::percentiles() const
{
    return m_limits->currentData().toPointF();
}

bool DisplayToolBar::maskOverlay() const
{
    return m_mask->isChecked();
}

void DisplayToolBar::setManualRange(const render::DisplayRange& range)
{
    m_manualRange = range;
    remember();
}

void DisplayToolBar::clearManualRange()
{
    m_manualRange.reset();
    remember();
}

void DisplayToolBar::remember()
{
    if (!m_detector.empty()) {
        QSettings settings;
        settings.setValue(key("colormap"), m_colormap->currentText());
        settings.setValue(key("stretch"), m_stretch->currentData());
        settings.setValue(key("limits"), m_limits->currentIndex());
        if (m_manualRange) {
            settings.setValue(key("low"), m_manualRange->low);
            settings.setValue(key("high"), m_manualRange->high);
        } else {
            settings.remove(key("low"));
            settings.remove(key("high"));
        }
    }
    emit changed();
}

} // namespace hb::app
