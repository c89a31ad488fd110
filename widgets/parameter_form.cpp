#include "parameter_form.h"

#include "parameter_editors.h"

#include <QFormLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace hb::widgets {

ParameterForm::ParameterForm(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_description(new QLabel(this)), m_advancedToggle(new QToolButton(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    connect(m_advancedToggle, &QToolButton::toggled, this, &ParameterForm::setAdvancedShown);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch(1);
    setStep(nullptr, {});
}

void ParameterForm::setStep(const steps::Step* step, const steps::ParamValues& values)
{
    m_step = step;
    m_editors.clear();
    delete m_fields;
    delete m_advancedFields;
    m_fields = m_advancedFields = nullptr;
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->removeWidget(m_advancedToggle);
    m_advancedToggle->hide();
    if (!step) {
        m_title->setText(tr("No step chosen"));
        m_description->setText(tr("Choose a step of the pipeline to see and tune its parameters."));
        return;
    }
    m_title->setText(stepText(step->descriptor().title));
    m_description->setText(stepText(step->descriptor().description));
    m_fields = new QWidget(this);
    m_advancedFields = new QWidget(this);
    auto* basic = new QFormLayout(m_fields);
    auto* advanced = new QFormLayout(m_advancedFields);
    for (auto* form : {basic, advanced}) {
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // long labels above their editor, not squeezing it
    }
    bool anyAdvanced = false;
    for (const steps::ParamSpec& spec : step->parameters()) {
        ParameterEditor* editor = ParameterEditorFactory::instance().create(spec, this);
        if (!editor)
            continue;
        editor->setObjectName(QStringLiteral("param_") + QString::fromStdString(spec.key));
        QString help = stepText(spec.help);
        if (!spec.unit.empty())
            help += QStringLiteral(" [%1]").arg(QString::fromStdString(spec.unit));
        editor->setToolTip(help);
        QString label = stepText(spec.label);
        if (!spec.unit.empty())
            label += QStringLiteral(" (%1)").arg(QString::fromStdString(spec.unit));
        auto* labelWidget = new QLabel(label, this);
        labelWidget->setToolTip(help);
        (spec.advanced ? advanced : basic)->addRow(labelWidget, editor);
        anyAdvanced = anyAdvanced || spec.advanced;
        const QString key = QString::fromStdString(spec.key);
        connect(editor, &ParameterEditor::edited, this,
                [this, key](const steps::ParamValue& value, bool final) { emit edited(key, value, final); });
        m_editors[spec.key] = editor;
    }
    if (basic->rowCount() == 0)
        basic->addRow(new QLabel(tr("This step has no parameters."), this));
    layout->insertWidget(2, m_fields);
    m_fields->show();  // children made after the form is on screen start hidden
    if (anyAdvanced) {
        layout->insertWidget(3, m_advancedToggle);
        layout->insertWidget(4, m_advancedFields);
        m_advancedToggle->show();
    }
    setAdvancedShown(m_advancedToggle->isChecked());
    setValues(values);
}

void ParameterForm::setValues(const steps::ParamValues& values)
{
    for (const auto& [key, editor] : m_editors)
        if (const auto it = values.find(key); it != values.end())
            editor->setValue(it->second);
}

ParameterEditor* ParameterForm::editor(const std::string& key) const
{
    const auto it = m_editors.find(key);
    return it == m_editors.end() ? nullptr : it->second;
}

void ParameterForm::setAdvancedShown(bool shown)
{
    if (m_advancedToggle->isChecked() != shown)
        m_advancedToggle->setChecked(shown);  // comes back here through toggled()
    m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    if (m_advancedFields)
        m_advancedFields->setVisible(shown && !m_advancedToggle->isHidden());
}

bool ParameterForm::advancedShown() const
{
    return m_advancedToggle->isChecked() && m_advancedFields && !m_advancedFields->isHidden();
}

} // namespace hb::widgets
