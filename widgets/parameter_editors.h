#pragma once

#include "kernel/parameter.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <map>

namespace hb::widgets {

// The translated form of a step's English source text (titles, labels, help: HB_TR_NOOP in
// the "hb::steps" context).
QString stepText(const std::string& source);

// An editor for one step parameter. It shows a value and reports the scientist's edits:
// `final` is false while a slider is being dragged (the edits of one drag form one undo step)
// and true when the edit is complete.
class ParameterEditor : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Shows `value` without reporting it as an edit.
    virtual void setValue(const steps::ParamValue& value) = 0;

signals:
    void edited(const hb::steps::ParamValue& value, bool final);
};

// Editors by parameter type: number (text field + slider over a finite range), integer (spin
// box + slider), flag (check box), choice (combo box), file (path + browse button), text. A new
// parameter type gets its editor by registering a factory here, nowhere else.
class ParameterEditorFactory {
public:
    using Make = std::function<ParameterEditor*(const steps::ParamSpec&, QWidget* parent)>;
    static ParameterEditorFactory& instance();
    void add(steps::ParamType type, Make make);
    ParameterEditor* create(const steps::ParamSpec& spec, QWidget* parent) const;

private:
    ParameterEditorFactory();
    std::map<steps::ParamType, Make> m_makers;
};

} // namespace hb::widgets

Q_DECLARE_METATYPE(hb::steps::ParamValue)
