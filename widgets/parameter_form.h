#pragma once

#include "kernel/step.h"

#include <QWidget>

#include <map>

class QFormLayout;
class QLabel;
class QToolButton;

namespace hb::widgets {

class ParameterEditor;

// The parameters of one step as a form generated from its schema: a label with the unit and
// the help as tooltip, an editor chosen by the parameter's type, the advanced parameters folded
// away under a toggle. It reports edits; it never changes the pipeline itself.
class ParameterForm : public QWidget {
    Q_OBJECT
public:
    explicit ParameterForm(QWidget* parent = nullptr);

    // nullptr clears the form.
    void setStep(const steps::Step* step, const steps::ParamValues& values);
    // Shows new values for the same step (after undo, redo) without reporting edits.
    void setValues(const steps::ParamValues& values);
    ParameterEditor* editor(const std::string& key) const;
    void setAdvancedShown(bool shown);
    bool advancedShown() const;

signals:
    void edited(const QString& key, const hb::steps::ParamValue& value, bool final);

private:
    const steps::Step* m_step = nullptr;
    QLabel* m_title;
    QLabel* m_description;
    QWidget* m_fields = nullptr;
    QWidget* m_advancedFields = nullptr;
    QToolButton* m_advancedToggle;
    std::map<std::string, ParameterEditor*> m_editors;
};

} // namespace hb::widgets
