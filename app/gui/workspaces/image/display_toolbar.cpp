#include "workspaces/image/display_toolbar.h"

#include "instrument_display_defaults.h"
#include "render/colormap.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

#include <algorithm>

namespace hb::app {

DisplayToolBar::DisplayToolBar(QWidget* parent)
    : QToolBar(tr("Display"), parent)
    , m_colormap(new QComboBox(this))
    , m_stretch(new QComboBox(this))
    , m_limits(new QComboBox(this))
    , m_low(new QLineEdit(this))
    , m_high(new QLineEdit(this))
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
    m_limits->setToolTip(tr("Limits from percentiles of each frame; drag them in the histogram or type them to fix them"));
    for (QLineEdit* field : {m_low, m_high}) {
        auto* validator = new QDoubleValidator(this);
        validator->setLocale(QLocale::c());
        field->setValidator(validator);
        field->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.000000e+00")));
        connect(field, &QLineEdit::editingFinished, this, &DisplayToolBar::takeTypedLimits);
    }
    m_low->setObjectName(QStringLiteral("displayLow"));
    m_high->setObjectName(QStringLiteral("displayHigh"));
    m_low->setToolTip(tr("Lower limit: type a value to fix it"));
    m_high->setToolTip(tr("Upper limit: type a value to fix it"));
    addWidget(new QLabel(tr("Colour map "), this));
    addWidget(m_colormap);
    addWidget(new QLabel(tr("  Stretch "), this));
    addWidget(m_stretch);
    addSeparator();
    addWidget(new QLabel(tr("  Limits "), this));
    addWidget(m_limits);
    addWidget(m_low);
    addWidget(new QLabel(tr(" .. "), this));
    addWidget(m_high);
    m_mask = addAction(tr("Mask"));
    m_mask->setCheckable(true);
    m_mask->setToolTip(tr("Tint masked pixels: missing, saturated, cosmic rays, bad pixels, marked by hand"));
    addAction(tr("Auto limits"), this, &DisplayToolBar::clearManualRange);

    connect(m_colormap, &QComboBox::activated, this, &DisplayToolBar::remember);
    connect(m_stretch, &QComboBox::activated, this, &DisplayToolBar::remember);
    connect(m_limits, &QComboBox::activated, this, [this](int index) {
        if (m_limits->itemData(index).isNull())
            return;  // "manual" chosen again: nothing changes
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

QString DisplayToolBar::limitKey(const char* name) const
{
    return QStringLiteral("display/%1/%2/%3").arg(QString::fromStdString(m_detector), QString::fromStdString(m_kind), QLatin1String(name));
}

void DisplayToolBar::loadManualRange()
{
    const QSettings settings;
    m_manualRange.reset();
    if (settings.contains(limitKey("low")) && settings.contains(limitKey("high")))
        m_manualRange = render::DisplayRange{settings.value(limitKey("low")).toDouble(), settings.value(limitKey("high")).toDouble()};
    showManualState();
}

void DisplayToolBar::setDataKind(const std::string& kind, const QString& label)
{
    m_kindLabel = label;
    if (kind == m_kind)
        return;
    m_kind = kind;
    loadManualRange();
}

void DisplayToolBar::showRange(const render::DisplayRange& range)
{
    if (m_manualRange)
        return;
    for (auto [field, value] : {std::pair{m_low, range.low}, std::pair{m_high, range.high}})
        if (!field->hasFocus())
            field->setText(QLocale::c().toString(value, 'g', 6));
}

void DisplayToolBar::takeTypedLimits()
{
    bool lowOk = false, highOk = false;
    const double low = QLocale::c().toDouble(m_low->text(), &lowOk);
    const double high = QLocale::c().toDouble(m_high->text(), &highOk);
    if (!lowOk || !highOk || !(high > low)) {
        m_high->setToolTip(tr("The upper limit must be above the lower one"));
        return;
    }
    if (m_manualRange && m_manualRange->low == low && m_manualRange->high == high)
        return;
    // Typing into the fields fixes both limits as they read, the untouched one included.
    setManualRange({low, high});
}

void DisplayToolBar::showManualState()
{
    const int manualItem = m_limits->findData(QVariant());
    if (m_manualRange) {
        const QString text = tr("manual");
        if (manualItem < 0)
            m_limits->addItem(text);
        m_limits->setCurrentIndex(m_limits->count() - 1);
        m_limits->setItemData(m_limits->count() - 1,
                              tr("Fixed limits for %1, %2; choose percentiles or Auto limits to free them")
                                  .arg(QString::fromStdString(m_detector), m_kindLabel.isEmpty() ? tr("these values") : m_kindLabel),
                              Qt::ToolTipRole);
        m_low->setText(QLocale::c().toString(m_manualRange->low, 'g', 6));
        m_high->setText(QLocale::c().toString(m_manualRange->high, 'g', 6));
    } else if (manualItem >= 0) {
        m_limits->removeItem(manualItem);
        m_limits->setCurrentIndex(m_percentItem);
    }
    for (QLineEdit* field : {m_low, m_high}) {
        QFont font = field->font();
        font.setItalic(!m_manualRange);  // automatic limits read as suggestions
        field->setFont(font);
    }
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
    if (const int manualItem = m_limits->findData(QVariant()); manualItem >= 0)
        m_limits->removeItem(manualItem);
    m_percentItem = std::clamp(settings.value(key("limits"), 0).toInt(), 0, m_limits->count() - 1);
    m_limits->setCurrentIndex(m_percentItem);
    loadManualRange();
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
    if (m_limits->currentData().isNull())  // "manual": the percentiles last chosen
        return m_limits->itemData(m_percentItem).toPointF();
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
    if (!m_limits->currentData().isNull())
        m_percentItem = m_limits->currentIndex();
    if (!m_detector.empty()) {
        QSettings settings;
        settings.setValue(key("colormap"), m_colormap->currentText());
        settings.setValue(key("stretch"), m_stretch->currentData());
        if (!m_limits->currentData().isNull())
            settings.setValue(key("limits"), m_percentItem);
        if (m_manualRange) {
            settings.setValue(limitKey("low"), m_manualRange->low);
            settings.setValue(limitKey("high"), m_manualRange->high);
        } else {
            settings.remove(limitKey("low"));
            settings.remove(limitKey("high"));
        }
    }
    showManualState();
    emit changed();
}

} // namespace hb::app
