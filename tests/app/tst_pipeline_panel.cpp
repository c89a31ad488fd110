// The pipeline dock, its undo history, the live preview and "apply to" against real files.
#include "parameter_editors.h"
#include "parameter_form.h"
#include "workspaces/processing/pipeline_applier.h"
#include "workspaces/processing/pipeline_document.h"
#include "workspaces/processing/pipeline_panel.h"
#include "workspaces/processing/preview_presenter.h"
#include "io/file_reader.h"
#include "kernel/step_registry.h"
#include "test_support.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QLineEdit>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace hb::steps;
using hb::app::PipelineDocument;
using hb::app::PipelinePanel;
using hb::app::PreviewPresenter;

class TestPipelinePanel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { hb::test::useFreshSettings("tst_pipeline_panel"); }

    void oneDragIsOneUndoStep()
    {
        PipelineDocument doc(loadPipeline(HB_SOURCE_DIR "/resources/pipelines/lasco-l1.json", builtinSteps()), builtinSteps());
        const Pipeline original = doc.pipeline();
        const std::size_t k = findStep(original, "lasco.missing_blocks");
        doc.setParameter(k, "inner_rsun", 2.5, false);
        doc.setParameter(k, "inner_rsun", 2.8, false);
        doc.setParameter(k, "inner_rsun", 3.0, true);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(std::get<double>(doc.pipeline().steps[k].parameters.at("inner_rsun")), 3.0);
        // The next drag of the same slider is a new undo step.
        doc.setParameter(k, "inner_rsun", 3.5, false);
        doc.setParameter(k, "inner_rsun", 3.6, true);
        QCOMPARE(doc.undoStack()->count(), 2);
        // An edit that changes nothing is no undo step.
        doc.setParameter(k, "inner_rsun", 3.6, true);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(std::get<double>(doc.pipeline().steps[k].parameters.at("inner_rsun")), 3.0);
        doc.undoStack()->undo();
        QCOMPARE(canonicalText(doc.pipeline().steps[k].parameters), canonicalText(original.steps[k].parameters));
        doc.undoStack()->redo();
        QCOMPARE(std::get<double>(doc.pipeline().steps[k].parameters.at("inner_rsun")), 3.0);
        // A value the step refuses changes nothing.
        QVERIFY_THROWS_EXCEPTION(hb::Error, doc.setParameter(k, "inner_rsun", 500.0, true));
        QCOMPARE(std::get<double>(doc.pipeline().steps[k].parameters.at("inner_rsun")), 3.0);
    }

    void stepsAreAddedRemovedMovedAndEnabledUndoably()
    {
        PipelineDocument doc({.name = "test"}, builtinSteps());
        QSignalSpy changed(&doc, &PipelineDocument::changed);
        doc.insertStep(0, "common.rebin");
        doc.insertStep(0, "lasco.bias_exposure");
        doc.moveStep(0, 1);
        QCOMPARE(doc.pipeline().steps[0].id, std::string("common.rebin"));
        doc.setEnabled(1, false);
        QVERIFY(!doc.pipeline().steps[1].enabled);
        doc.removeStep(0);
        QCOMPARE(doc.pipeline().steps.size(), std::size_t{1});
        QCOMPARE(changed.count(), 5);
        for (int k = 0; k < 5; ++k)
            doc.undoStack()->undo();
        QVERIFY(doc.pipeline().steps.empty());
    }

    void thePanelPicksThePipelineOfTheInstrument()
    {
        PipelinePanel panel(builtinSteps());
        panel.show();
        auto* list = panel.findChild<QListWidget*>(QStringLiteral("pipelineSteps"));
        panel.setDetector(QStringLiteral("C3"));
        QVERIFY(QString::fromStdString(panel.pipeline().name).contains(QStringLiteral("LASCO")));
        QCOMPARE(list->count(), int(panel.pipeline().steps.size()));
        panel.setDetector(QStringLiteral("COR2"));
        QVERIFY(QString::fromStdString(panel.pipeline().name).contains(QStringLiteral("SECCHI")));
        // Steps of another instrument are offered only where they apply; the list greys them.
        panel.setDetector(QStringLiteral("EXCAM"));
        QVERIFY(panel.pipeline().steps.empty());
        // Edits survive switching instruments and back.
        panel.setDetector(QStringLiteral("C3"));
        const std::size_t k = findStep(panel.pipeline(), "lasco.vignetting");
        list->item(int(k))->setCheckState(Qt::Checked);
        QVERIFY(panel.pipeline().steps[k].enabled);
        panel.setDetector(QStringLiteral("COR2"));
        panel.setDetector(QStringLiteral("C2"));
        QVERIFY(panel.pipeline().steps[k].enabled);
        panel.document().undoStack()->undo();
        QVERIFY(!panel.pipeline().steps[k].enabled);
        QCOMPARE(list->item(int(k))->checkState(), Qt::Unchecked);
    }

    void anOrderThatMakesNoSenseIsPointedOut()
    {
        PipelinePanel panel(builtinSteps());
        panel.show();
        panel.setDetector(QStringLiteral("C3"));
        auto* warning = panel.findChild<QLabel*>(QStringLiteral("pipelineOrderWarning"));
        QVERIFY(warning);
        QVERIFY(warning->isHidden());
        // A running difference before the bias is subtracted: a constant offset, silently.
        panel.document().insertStep(0, "sequence.running_difference");
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(QStringLiteral("Running difference")) && warning->text().contains(QStringLiteral("Subtract bias")),
                 qPrintable(warning->text()));
        // Switched off, it is no longer in the order.
        panel.document().setEnabled(0, false);
        QVERIFY(warning->isHidden());
        panel.document().undoStack()->undo();
        QVERIFY(!warning->isHidden());
        panel.document().removeStep(0);
        QVERIFY(warning->isHidden());
    }

    void choosingAStepShowsItsFormAndEditsReachThePipeline()
    {
        PipelinePanel panel(builtinSteps());
        panel.show();
        panel.setDetector(QStringLiteral("C2"));
        QSignalSpy changed(&panel, &PipelinePanel::pipelineChanged);
        const std::size_t k = findStep(panel.pipeline(), "lasco.missing_blocks");
        panel.setCurrentStep(std::ptrdiff_t(k));
        panel.form()->setAdvancedShown(true);
        auto* slider = panel.form()->editor("outer_rsun")->findChild<QSlider*>();
        QVERIFY(slider);
        slider->setSliderDown(true);
        for (int v = 200; v <= 500; v += 100)
            slider->setValue(v);
        slider->setSliderDown(false);
        // Half way along the usual 4..32 Rsun.
        QCOMPARE(std::get<double>(panel.pipeline().steps[k].parameters.at("outer_rsun")), 18.0);
        QCOMPARE(panel.document().undoStack()->count(), 1);
        QVERIFY(changed.count() >= 4);  // each drag position previews
        QCOMPARE(panel.currentStep(), std::ptrdiff_t(k));  // the chosen step stays chosen
        panel.document().undoStack()->undo();
        QCOMPARE(panel.form()->editor("outer_rsun")->findChild<QSlider*>()->value(), 71);  // 6 Rsun shown again: 2/28 of the way
    }

    void aWideRangeGetsASliderOverItsUsualPartAndTypedValues()
    {
        PipelinePanel panel(builtinSteps());
        panel.show();
        panel.setDetector(QStringLiteral("C2"));
        const std::size_t k = findStep(panel.pipeline(), "lasco.bias_exposure");
        panel.setCurrentStep(std::ptrdiff_t(k));
        hb::widgets::ParameterEditor* editor = panel.form()->editor("bias_dn");
        QVERIFY(editor);
        auto* slider = editor->findChild<QSlider*>();
        auto* text = editor->findChild<QLineEdit*>();
        QVERIFY(slider && text);
        // 0 - 65,535 DN allowed; the slider spans the usual 0 - 1000 DN, 1 DN a notch.
        slider->setValue(slider->maximum() / 2);
        QCOMPARE(std::get<double>(panel.pipeline().steps[k].parameters.at("bias_dn")), 500.0);
        slider->setValue(slider->maximum() / 2 + 1);
        QCOMPARE(std::get<double>(panel.pipeline().steps[k].parameters.at("bias_dn")), 501.0);
        // Any allowed value typed; the slider rests at its end.
        text->setText(QStringLiteral("5000"));
        emit text->editingFinished();
        QCOMPARE(std::get<double>(panel.pipeline().steps[k].parameters.at("bias_dn")), 5000.0);
        QCOMPARE(slider->value(), slider->maximum());
        text->setText(QStringLiteral("70000"));  // beyond what is allowed: refused
        emit text->editingFinished();
        QCOMPARE(std::get<double>(panel.pipeline().steps[k].parameters.at("bias_dn")), 5000.0);
    }

    void pipelinesAreSavedAndLoadedAsFiles()
    {
        PipelinePanel panel(builtinSteps());
        panel.setDetector(QStringLiteral("C3"));
        const std::size_t k = findStep(panel.pipeline(), "common.rebin");
        panel.document().setParameter(k, "size", std::string("512"), true);
        const QString path = m_dir.filePath(QStringLiteral("mine.json"));
        QVERIFY(panel.saveFile(path));
        QCOMPARE(std::get<std::string>(loadPipeline(path.toStdString(), builtinSteps()).steps[k].parameters.at("size")), std::string("512"));
        panel.document().undoStack()->undo();
        QVERIFY(panel.loadFile(path, false));
        QCOMPARE(std::get<std::string>(panel.pipeline().steps[k].parameters.at("size")), std::string("512"));
        panel.document().undoStack()->undo();  // loading is one undo step
        QCOMPARE(std::get<std::string>(panel.pipeline().steps[k].parameters.at("size")), std::string("1024"));
        QVERIFY(!panel.loadFile(m_dir.filePath(QStringLiteral("missing.json")), false));
    }

    void thePreviewShowsTheChosenStepAndRerunsOnlyWhatChanged()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c2")), "lasco-c2", 1, 1024);
        const auto frame = std::make_shared<const hb::Frame>(hb::io::readFrame(files.front()));
        Pipeline pipeline = loadPipeline(HB_SOURCE_DIR "/resources/pipelines/lasco-l1.json", builtinSteps());
        PreviewPresenter presenter(builtinSteps());
        QSignalSpy results(&presenter, &PreviewPresenter::previewed);
        PreviewPresenter::Request request{frame, pipeline, std::ptrdiff_t(findStep(pipeline, "lasco.calibration_factor"))};
        presenter.preview(request);
        QVERIFY(results.wait(20000));
        auto result = results.takeFirst()[0].value<PreviewPresenter::Result>();
        QVERIFY(result.problem.isEmpty());
        QCOMPARE(result.before.size(), QSize(1024, 1024));
        QCOMPARE(*result.beforeFrame->header.text("BUNIT"), std::string("DN/s"));
        QCOMPARE(*result.afterFrame->header.text("BUNIT"), std::string("MSB"));
        QVERIFY(result.difference.isNull());  // DN/s against MSB: no difference picture
        // Change the last step: only it runs again.
        request.pipeline.steps.back().parameters["size"] = std::string("512");
        request.afterShowsResult = true;
        presenter.preview(request);
        QVERIFY(results.wait(20000));
        result = results.takeFirst()[0].value<PreviewPresenter::Result>();
        QCOMPARE(result.stepsRun, std::size_t{1});
        QCOMPARE(result.after.size(), QSize(512, 512));
        // A step that cannot run says why, naming the step.
        const std::size_t vig = findStep(pipeline, "lasco.vignetting");
        request.pipeline.steps[vig].enabled = true;
        request.step = std::ptrdiff_t(vig);
        presenter.preview(request);
        QVERIFY(results.wait(20000));
        result = results.takeFirst()[0].value<PreviewPresenter::Result>();
        QCOMPARE(result.failedStep, std::ptrdiff_t(vig));
        QVERIFY(result.problem.contains(QStringLiteral("c2vig_final.fts")));
        QVERIFY(!result.before.isNull() && result.after.isNull());
    }

    void aNewerFrameCancelsTheRunningPreview()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c3")), "lasco-c3", 2, 1024);
        const Pipeline pipeline = loadPipeline(HB_SOURCE_DIR "/resources/pipelines/lasco-l1.json", builtinSteps());
        PreviewPresenter presenter(builtinSteps());
        QSignalSpy results(&presenter, &PreviewPresenter::previewed);
        for (const auto& file : files)
            presenter.preview({std::make_shared<const hb::Frame>(hb::io::readFrame(file)), pipeline, -1});
        QTRY_VERIFY_WITH_TIMEOUT(!presenter.isBusy() && results.count() >= 1, 20000);
        // Whatever ran first, the last result is for the last frame asked for.
        const auto last = results.last()[0].value<PreviewPresenter::Result>();
        QCOMPARE(last.beforeFrame->info.path, files.back());
    }

    void applyWritesProductsAndKeepsExistingOnes()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("apply")), "lasco-c3", 3, 256);
        const Pipeline pipeline = loadPipeline(HB_SOURCE_DIR "/resources/pipelines/lasco-l1.json", builtinSteps());
        hb::app::PipelineApplier applier(nullptr);
        applier.setInteractive(false);
        QSignalSpy finished(&applier, &hb::app::PipelineApplier::finished);
        const QString out = m_dir.filePath(QStringLiteral("out"));
        applier.start(pipeline, files, out, false);
        QVERIFY(finished.wait(30000));
        auto summary = finished.takeFirst()[0].value<BatchSummary>();
        QCOMPARE(summary.count(BatchItem::Status::Written), std::size_t{3});
        for (const auto& item : summary.items) {
            const hb::Frame product = hb::io::readFrame(item.output);
            QCOMPARE(*product.header.text("BUNIT"), std::string("MSB"));
            QCOMPARE(product.image.width(), 1024);
        }
        // Again: nothing is replaced without being asked.
        applier.start(pipeline, files, out, false);
        QVERIFY(finished.wait(30000));
        summary = finished.takeFirst()[0].value<BatchSummary>();
        QCOMPARE(summary.count(BatchItem::Status::Exists), std::size_t{3});
    }
};

QTEST_MAIN(TestPipelinePanel)
#include "tst_pipeline_panel.moc"
