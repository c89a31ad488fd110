#include "parameter_editors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleValidator>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hb::widgets {

QString stepText(const std::string& source)
{
    return source.empty() ? QString() : QCoreApplication::translate("hb::steps", source.c_str());
}

namespace {

constexpr int kSliderSteps = 1000;

QHBoxLayout* rowLayout(QWidget* owner)
{
    auto* layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    return layout;
}

// A real number typed in (any magnitude: calibration factors are 1e-12) with, over a finite
// range, a slider for tuning by eye.
class NumberEditor final : public ParameterEditor {
public:
    NumberEditor(const steps::ParamSpec& spec, QWidget* parent)
        : ParameterEditor(parent)
        , m_min(spec.minimum)
        , m_max(spec.maximum)
        , m_sliderFrom(std::isfinite(spec.sliderFrom) ? std::max(spec.sliderFrom, spec.minimum) : spec.minimum)
        , m_sliderTo(std::isfinite(spec.sliderTo) ? std::min(spec.sliderTo, spec.maximum) : spec.maximum)
        , m_text(new QLineEdit(this))
    {
        auto* layout = rowLayout(this);
        auto* validator = new QDoubleValidator(this);
        validator->setNotation(QDoubleValidator::ScientificNotation);
        validator->setLocale(QLocale::c());
        m_text->setValidator(validator);
        m_text->setMaximumWidth(110);
        layout->addWidget(m_text);
        if (std::isfinite(m_sliderFrom) && std::isfinite(m_sliderTo) && m_sliderTo > m_sliderFrom) {
            m_slider = new QSlider(Qt::Horizontal, this);
            m_slider->setRange(0, kSliderSteps);
            m_slider->setToolTip(tr("%1 .. %2; type any value from %3 to %4").arg(m_sliderFrom).arg(m_sliderTo).arg(m_min).arg(m_max));
            layout->addWidget(m_slider, 1);
            connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
                const double value = sliderValue(position);
                showText(value);
                emit edited(value, !m_slider->isSliderDown());
            });
            connect(m_slider, &QSlider::sliderReleased, this, [this] { emit edited(sliderValue(m_slider->value()), true); });
        }
        connect(m_text, &QLineEdit::editingFinished, this, [this] {
            bool ok = false;
            const double value = QLocale::c().toDouble(m_text->text(), &ok);
            if (!ok || value < m_min || value > m_max) {
                m_text->setStyleSheet(QStringLiteral("color: #c02020"));
                m_text->setToolTip(tr("Must be between %1 and %2").arg(m_min).arg(m_max));
                return;
            }
            m_text->setStyleSheet({});
            m_text->setToolTip({});
            moveSlider(value);
            emit edited(value, true);
        });
    }
    void setValue(const steps::ParamValue& value) override
    {
        const double v = std::get<double>(value);
        showText(v);
        moveSlider(v);
    }

private:
    void showText(double value) { m_text->setText(QLocale::c().toString(value, 'g', 6)); }
    double sliderValue(int position) const { return m_sliderFrom + (m_sliderTo - m_sliderFrom) * position / kSliderSteps; }
    void moveSlider(double value)
    {
        if (!m_slider)
            return;
        const QSignalBlocker block(m_slider);
        // A typed value beyond the slider's span pins it at that end.
        m_slider->setValue(static_cast<int>(std::clamp(std::lround((value - m_sliderFrom) / (m_sliderTo - m_sliderFrom) * kSliderSteps),
                                                       0L, static_cast<long>(kSliderSteps))));
    }
    double m_min, m_max;
    double m_sliderFrom, m_sliderTo;
    QLineEdit* m_text;
    QSlider* m_slider = nullptr;
};

class IntegerEditor final : public ParameterEditor {
public:
    IntegerEditor(const steps::ParamSpec& spec, QWidget* parent) : ParameterEditor(parent), m_spin(new QSpinBox(this))
    {
        auto* layout = rowLayout(this);
        const auto clampToInt = [](double v) {
            return static_cast<int>(std::clamp(v, double(std::numeric_limits<int>::min()), double(std::numeric_limits<int>::max())));
        };
        m_spin->setRange(clampToInt(spec.minimum), clampToInt(spec.maximum));
        m_spin->setKeyboardTracking(false);
        layout->addWidget(m_spin);
        if (std::isfinite(spec.minimum) && std::isfinite(spec.maximum) && spec.maximum - spec.minimum <= 10000) {
            m_slider = new QSlider(Qt::Horizontal, this);
            m_slider->setRange(m_spin->minimum(), m_spin->maximum());
            layout->addWidget(m_slider, 1);
            connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
                const QSignalBlocker block(m_spin);
                m_spin->setValue(v);
                emit edited(static_cast<long long>(v), !m_slider->isSliderDown());
            });
            connect(m_slider, &QSlider::sliderReleased, this,
                    [this] { emit edited(static_cast<long long>(m_slider->value()), true); });
        }
        connect(m_spin, &QSpinBox::valueChanged, this, [this](int v) {
            if (m_slider) {
                const QSignalBlocker block(m_slider);
                m_slider->setValue(v);
            }
            emit edited(static_cast<long long>(v), true);
        });
    }
    void setValue(const steps::ParamValue& value) override
    {
        const int v = static_cast<int>(std::get<long long>(value));
        const QSignalBlocker blockSpin(m_spin);
        m_spin->setValue(v);
        if (m_slider) {
            const QSignalBlocker blockSlider(m_slider);
            m_slider->setValue(v);
        }
    }

private:
    QSpinBox* m_spin;
    QSlider* m_slider = nullptr;
};

class FlagEditor final : public ParameterEditor {
public:
    FlagEditor(const steps::ParamSpec&, QWidget* parent) : ParameterEditor(parent), m_box(new QCheckBox(this))
    {
        rowLayout(this)->addWidget(m_box);
        connect(m_box, &QCheckBox::toggled, this, [this](bool on) { emit edited(on, true); });
    }
    void setValue(const steps::ParamValue& value) override
    {
        const QSignalBlocker block(m_box);
        m_box->setChecked(std::get<bool>(value));
    }

private:
    QCheckBox* m_box;
};

class ChoiceEditor final : public ParameterEditor {
public:
    ChoiceEditor(const steps::ParamSpec& spec, QWidget* parent) : ParameterEditor(parent), m_combo(new QComboBox(this))
    {
        rowLayout(this)->addWidget(m_combo);
        for (const std::string& choice : spec.choices)
            m_combo->addItem(QString::fromStdString(choice), QString::fromStdString(choice));
        connect(m_combo, &QComboBox::activated, this,
                [this](int row) { emit edited(m_combo->itemData(row).toString().toStdString(), true); });
    }
    void setValue(const steps::ParamValue& value) override
    {
        const QSignalBlocker block(m_combo);
        m_combo->setCurrentIndex(m_combo->findData(QString::fromStdString(std::get<std::string>(value))));
    }

private:
    QComboBox* m_combo;
};

// Free text, or a file path with a button that browses for it.
class TextEditor final : public ParameterEditor {
public:
    TextEditor(const steps::ParamSpec& spec, QWidget* parent, bool isFile)
        : ParameterEditor(parent), m_text(new QLineEdit(this))
    {
        auto* layout = rowLayout(this);
        layout->addWidget(m_text, 1);
        if (spec.optional)
            m_text->setPlaceholderText(tr("(none)"));
        connect(m_text, &QLineEdit::editingFinished, this, [this] {
            if (m_text->isModified())
                emit edited(m_text->text().toStdString(), true);
            m_text->setModified(false);
        });
        if (isFile) {
            auto* browse = new QToolButton(this);
            browse->setText(QStringLiteral("..."));
            browse->setToolTip(tr("Choose a file"));
            layout->addWidget(browse);
            connect(browse, &QToolButton::clicked, this, [this] {
                const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file"), m_text->text());
                if (path.isEmpty())
                    return;
                m_text->setText(path);
                emit edited(path.toStdString(), true);
            });
        }
    }
    void setValue(const steps::ParamValue& value) override
    {
        m_text->setText(QString::fromStdString(std::get<std::string>(value)));
        m_text->setModified(false);
    }

private:
    QLineEdit* m_text;
};

} // namespace

ParameterEditorFactory& ParameterEditorFactory::instance()
{
    static ParameterEditorFactory factory;
    return factory;
}

ParameterEditorFactory::ParameterEditorFactory()
{
    using steps::ParamType;
    add(ParamType::Number, [](const steps::ParamSpec& s, QWidget* p) { return new NumberEditor(s, p); });
    add(ParamType::Integer, [](const steps::ParamSpec& s, QWidget* p) { return new IntegerEditor(s, p); });
    add(ParamType::Flag, [](const steps::ParamSpec& s, QWidget* p) { return new FlagEditor(s, p); });
    add(ParamType::Choice, [](const steps::ParamSpec& s, QWidget* p) { return new ChoiceEditor(s, p); });
    add(ParamType::File, [](const steps::ParamSpec& s, QWidget* p) { return new TextEditor(s, p, true); });
    add(ParamType::Text, [](const steps::ParamSpec& s, QWidget* p) { return new TextEditor(s, p, false); });
}

void ParameterEditorFactory::add(steps::ParamType type, Make make)
{
    m_makers[type] = std::move(make);
}

ParameterEditor* ParameterEditorFactory::create(const steps::ParamSpec& spec, QWidget* parent) const
{
    const auto it = m_makers.find(spec.type);
    return it == m_makers.end() ? nullptr : it->second(spec, parent);
}

} // namespace hb::widgets
