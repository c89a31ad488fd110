// Forms generated from step schemas: one editor per parameter, chosen by type; edits reported,
// a slider drag as open edits closed by a final one; advanced parameters folded away.
#include "parameter_editors.h"
#include "parameter_form.h"
#include "kernel/step_registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace hb::steps;
using hb::widgets::ParameterForm;

class TestParameterForm : public QObject {
    Q_OBJECT

    static const Step& step(const char* id) { return builtinSteps().get(id, "test"); }

private slots:
    void everyStepGetsAnEditorPerParameterOfTheRightKind()
    {
        ParameterForm form;
        for (const auto& s : builtinSteps().steps()) {
            form.setStep(s.get(), s->defaults());
            for (const ParamSpec& spec : s->parameters()) {
                QWidget* editor = form.editor(spec.key);
                QVERIFY2(editor, (s->descriptor().id + "." + spec.key).c_str());
                QCOMPARE(editor->objectName(), QStringLiteral("param_") + QString::fromStdString(spec.key));
                switch (spec.type) {
                case ParamType::Flag: QVERIFY(editor->findChild<QCheckBox*>()); break;
                case ParamType::Choice: QCOMPARE(editor->findChild<QComboBox*>()->count(), int(spec.choices.size())); break;
                case ParamType::Integer: QVERIFY(editor->findChild<QSpinBox*>()); break;
                case ParamType::Number: QVERIFY(editor->findChild<QLineEdit*>()); break;
                case ParamType::File: QVERIFY(editor->findChild<QToolButton*>()); break;
                case ParamType::Text: QVERIFY(editor->findChild<QLineEdit*>()); break;
                }
                QVERIFY(!editor->toolTip().isEmpty());
            }
        }
    }

    void showsValuesWithoutReportingThem()
    {
        ParameterForm form;
        const Step& bias = step("secchi.bias");
        QSignalSpy edits(&form, &ParameterForm::edited);
        ParamValues values = bias.defaults();
        form.setStep(&bias, values);
        values["source"] = std::string("corners");
        form.setValues(values);
        QCOMPARE(form.editor("source")->findChild<QComboBox*>()->currentText(), QStringLiteral("corners"));
        QCOMPARE(edits.count(), 0);
    }

    void aSliderDragIsOpenEditsThenAFinalOne()
    {
        ParameterForm form;
        const Step& missing = step("lasco.missing_blocks");
        form.setStep(&missing, missing.defaults());
        form.setAdvancedShown(true);
        auto* slider = form.editor("inner_rsun")->findChild<QSlider*>();
        QVERIFY(slider);
        QSignalSpy edits(&form, &ParameterForm::edited);
        slider->setSliderDown(true);
        slider->setValue(100);
        slider->setValue(200);
        slider->setSliderDown(false);  // emits sliderReleased
        QCOMPARE(edits.count(), 3);
        QCOMPARE(edits[0][0].toString(), QStringLiteral("inner_rsun"));
        QCOMPARE(edits[0][2].toBool(), false);
        QCOMPARE(edits[1][2].toBool(), false);
        QCOMPARE(edits[2][2].toBool(), true);
        QCOMPARE(std::get<double>(edits[2][1].value<ParamValue>()), 2.0);  // 200 / 1000 of the usual 1.5..4 Rsun
        // The text field follows the slider.
        QCOMPARE(form.editor("inner_rsun")->findChild<QLineEdit*>()->text(), QStringLiteral("2"));
    }

    void typedNumbersOutsideTheRangeAreNotReported()
    {
        ParameterForm form;
        const Step& missing = step("lasco.missing_blocks");
        form.setStep(&missing, missing.defaults());
        form.setAdvancedShown(true);
        auto* text = form.editor("outer_rsun")->findChild<QLineEdit*>();
        QSignalSpy edits(&form, &ParameterForm::edited);
        text->setText(QStringLiteral("250"));
        emit text->editingFinished();
        QCOMPARE(edits.count(), 0);
        QVERIFY(text->toolTip().contains(QStringLiteral("100")));
        text->setText(QStringLiteral("12.5"));
        emit text->editingFinished();
        QCOMPARE(edits.count(), 1);
        QCOMPARE(std::get<double>(edits[0][1].value<ParamValue>()), 12.5);
    }

    void advancedParametersAreFoldedAway()
    {
        ParameterForm form;
        form.show();
        const Step& missing = step("lasco.missing_blocks");
        form.setStep(&missing, missing.defaults());
        QVERIFY(!form.advancedShown());
        QVERIFY(!form.editor("block_size")->isVisible());
        QVERIFY(form.editor("field")->isVisible());
        form.findChild<QToolButton*>(QStringLiteral("advancedToggle"))->click();
        QVERIFY(form.advancedShown());
        QVERIFY(form.editor("block_size")->isVisible());
        // A step without advanced parameters shows no toggle.
        form.setStep(&step("common.reject_list"), step("common.reject_list").defaults());
        QVERIFY(!form.findChild<QToolButton*>(QStringLiteral("advancedToggle"))->isVisible());
    }

    void flagsAndChoicesReportAtOnce()
    {
        ParameterForm form;
        const Step& select = step("common.select_images");
        form.setStep(&select, select.defaults());
        QSignalSpy edits(&form, &ParameterForm::edited);
        for (const ParamSpec& spec : select.parameters())
            if (spec.type == ParamType::Flag)
                form.editor(spec.key)->findChild<QCheckBox*>()->click();
        QVERIFY(edits.count() > 0);
        for (const auto& edit : edits)
            QVERIFY(edit[2].toBool());
    }
};

QTEST_MAIN(TestParameterForm)
#include "tst_parameter_form.moc"
