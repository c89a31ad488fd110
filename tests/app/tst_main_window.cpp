#include "main_window.h"
#include "movie_export_dialog.h"
#include "movie_exporter.h"
#include "io/file_reader.h"
#include "test_support.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QToolButton>

#include "compare_view.h"
#include "image_view.h"
#include "pipeline_document.h"
#include "pipeline_panel.h"
#include "preview_panel.h"
#include "processing_controller.h"
#include "review_session.h"

#include <QUndoStack>

#include <algorithm>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { hb::test::useFreshSettings("tst_main_window"); }

    void opensAFolderInTheBackground()
    {
        QTemporaryDir dir;
        hb::test::simulateInto(dir.filePath(QStringLiteral("cor2")), "cor2", 9, 64);
        hb::test::simulateInto(dir.filePath(QStringLiteral("c3")), "lasco-c3", 3, 64);

        hb::app::MainWindow window;
        window.show();
        // Fits a 1280 px wide screen with every dock open.
        QVERIFY2(window.minimumSizeHint().width() <= 1280, QByteArray::number(window.minimumSizeHint().width()));
        QSignalSpy finished(&window, &hb::app::MainWindow::scanFinished);
        window.openFolder(dir.path());
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.catalogFileCount(), 12);
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("catalogTree"));
        QVERIFY(tree);
        const QAbstractItemModel* catalog = tree->model();
        QCOMPARE(catalog->rowCount(), 2);  // SOHO, STEREO
        QCOMPARE(catalog->index(0, 0).data().toString(), QStringLiteral("SOHO"));
        QCOMPARE(catalog->index(1, 1).data().toInt(), 9);
        QVERIFY(window.windowTitle().contains(dir.path()));
        // The scan's progress and cancel button are gone once it has finished.
        QVERIFY(!window.findChild<QToolButton*>(QStringLiteral("cancelScan"))->isVisible());
        // The filter keeps the matching detector and hides the other.
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("catalogFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("COR2"));
        QCOMPARE(catalog->rowCount(), 1);
        QCOMPARE(catalog->index(0, 0).data().toString(), QStringLiteral("STEREO"));
        filter->clear();
        QCOMPARE(catalog->rowCount(), 2);

        // The first frame is loaded and rendered in the background, then shown.
        QSignalSpy shown(&window, &hb::app::MainWindow::frameShown);
        QVERIFY(window.currentFrame() || shown.wait(20000));
        QVERIFY(window.currentFrame());
        auto* view = window.findChild<hb::widgets::ImageView*>(QStringLiteral("frameView"));
        QVERIFY(view);
        QCOMPARE(view->picture().width(), window.currentFrame()->image.width());
        QCOMPARE(QString::fromStdString(*window.currentFrame()->info.detector), QStringLiteral("C3"));
        // Zoom keys, and the hover readout in image coordinates.
        view->setFocus();
        const double fit = view->zoom();
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoom() > fit);
        QTest::keyClick(view, Qt::Key_0);
        QCOMPARE(view->zoom(), fit);
        const QPointF centre = view->widgetAt(QPointF(32, 32));
        QTest::mouseMove(view, centre.toPoint());
        auto labels = window.findChildren<QLabel*>();
        const bool readout = std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text().contains(QStringLiteral("x   32")) && l->text().contains(QStringLiteral("Rsun"));
        });
        QVERIFY(readout);

        // The mask overlay re-renders the frame on screen.
        QAction* mask = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->isCheckable() && a->text() == QStringLiteral("Mask"))
                mask = a;
        QVERIFY(mask);
        shown.clear();
        mask->setChecked(true);
        QVERIFY(shown.wait(20000));
        mask->setChecked(false);
        QVERIFY(shown.wait(20000));

        // Keyboard review: Right steps to the next frame of the day (through the cache).
        const std::string firstPath = window.currentFrame()->info.path;
        shown.clear();
        QTest::keyClick(&window, Qt::Key_Right);
        QVERIFY(shown.wait(20000));
        QVERIFY(window.currentFrame()->info.path != firstPath);
        // Compare with the previous frame: both rendered and differenced in the background.
        auto* tabs = window.findChild<QTabWidget*>();
        auto* compare = window.findChild<hb::widgets::CompareView*>();
        QVERIFY(tabs && compare);
        tabs->setCurrentWidget(compare);
        QTRY_VERIFY2_WITH_TIMEOUT(!compare->left()->picture().isNull() && !compare->right()->picture().isNull(),
                                  qPrintable(window.statusBar()->findChildren<QLabel*>().constFirst()->text()), 20000);
        compare->setMode(hb::widgets::CompareView::Mode::Difference);
        QVERIFY(!compare->shownPicture().isNull());
        tabs->setCurrentIndex(0);

        QTest::keyClick(&window, Qt::Key_Home);
        QVERIFY(shown.wait(20000));
        QCOMPARE(window.currentFrame()->info.path, firstPath);
    }

    void theProcessingTabPreviewsThePipelineOnTheFrameOnScreen()
    {
        QTemporaryDir dir;
        hb::test::simulateInto(dir.filePath(QStringLiteral("c3")), "lasco-c3", 3, 256);
        hb::app::MainWindow window;
        window.show();
        QSignalSpy shown(&window, &hb::app::MainWindow::frameShown);
        window.openFolder(dir.path());
        QVERIFY(window.currentFrame() || shown.wait(20000));
        // Nothing is computed while the tab is hidden.
        QSignalSpy previews(window.processing(), &hb::app::ProcessingController::previewShown);
        QVERIFY(!previews.wait(300));
        auto* tabs = window.findChild<QTabWidget*>();
        tabs->setCurrentWidget(window.previewPanel());
        QVERIFY(previews.wait(20000));
        hb::app::PipelinePanel* panel = window.pipelinePanel();
        QVERIFY(QString::fromStdString(panel->pipeline().name).contains(QStringLiteral("LASCO")));
        auto* compare = window.previewPanel()->compare();
        QTRY_VERIFY_WITH_TIMEOUT(!compare->left()->picture().isNull() && !compare->right()->picture().isNull(), 20000);
        // Choosing a step shows its input and output.
        const std::size_t calibrate = hb::steps::findStep(panel->pipeline(), "lasco.calibration_factor");
        previews.clear();
        panel->setCurrentStep(std::ptrdiff_t(calibrate));
        QTRY_VERIFY_WITH_TIMEOUT(window.previewPanel()->caption().contains(QStringLiteral("Step %1,").arg(calibrate + 1)), 20000);
        auto result = previews.last()[0].value<hb::app::PreviewPresenter::Result>();
        QCOMPARE(*result.afterFrame->header.text("BUNIT"), std::string("MSB"));
        QCOMPARE(result.beforeFrame->info.path, window.currentFrame()->info.path);
        // Enabling the vignetting step without its file: the tab says what is missing.
        const std::size_t vignetting = calibrate + 1;
        QCOMPARE(panel->pipeline().steps[vignetting].id, std::string("lasco.vignetting"));
        panel->document().setEnabled(vignetting, true);
        QTRY_VERIFY_WITH_TIMEOUT(window.previewPanel()->problem().contains(QStringLiteral("c3vig")), 20000);
        panel->document().undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(window.previewPanel()->problem().isEmpty(), 20000);
        tabs->setCurrentIndex(0);
    }

    void aSequenceStepPreviewsWithTheFramesAroundTheOneOnScreen()
    {
        QTemporaryDir dir;
        const auto files = hb::test::simulateInto(dir.filePath(QStringLiteral("c3")), "lasco-c3", 4, 256);
        hb::app::MainWindow window;
        window.show();
        QSignalSpy shown(&window, &hb::app::MainWindow::frameShown);
        window.openFolder(dir.path());
        QVERIFY(window.currentFrame() || shown.wait(20000));
        QTest::keyClick(&window, Qt::Key_Right);
        QVERIFY(shown.wait(20000));
        QCOMPARE(window.currentFrame()->info.path, files[1]);
        auto* tabs = window.findChild<QTabWidget*>();
        tabs->setCurrentWidget(window.previewPanel());
        hb::app::PipelinePanel* panel = window.pipelinePanel();
        const std::size_t end = panel->pipeline().steps.size();
        QSignalSpy previews(window.processing(), &hb::app::ProcessingController::previewShown);
        panel->document().insertStep(end, "sequence.running_difference");
        panel->setCurrentStep(std::ptrdiff_t(end));
        // The step gets the frame before this one as the steps before it left it: a difference
        // of two calibrated frames, with no problem reported.
        QTRY_VERIFY_WITH_TIMEOUT(!previews.isEmpty() && previews.last()[0].value<hb::app::PreviewPresenter::Result>().step ==
                                                            std::ptrdiff_t(end) &&
                                     previews.last()[0].value<hb::app::PreviewPresenter::Result>().afterFrame,
                                 20000);
        const auto result = previews.last()[0].value<hb::app::PreviewPresenter::Result>();
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        bool differenced = false;
        for (const std::string& h : result.afterFrame->header.commentary("HISTORY"))
            differenced |= h.find("running_difference") != std::string::npos;
        QVERIFY(differenced);
        // The first frame has no frame before it: the preview says so instead of a picture.
        previews.clear();
        QTest::keyClick(&window, Qt::Key_Home);
        QTRY_VERIFY_WITH_TIMEOUT(!previews.isEmpty() && previews.last()[0].value<hb::app::PreviewPresenter::Result>().rejected, 20000);
        tabs->setCurrentIndex(0);
    }

    void aMovieOfTheSequenceLeavesTheFlaggedFrameOut()
    {
        QTemporaryDir dir;
        const auto files = hb::test::simulateInto(dir.filePath(QStringLiteral("c3")), "lasco-c3", 5, 256);
        hb::app::MainWindow window;
        window.show();
        QSignalSpy shown(&window, &hb::app::MainWindow::frameShown);
        window.openFolder(dir.path());
        QVERIFY(window.currentFrame() || shown.wait(20000));
        QVERIFY(window.review()->isOpen());
        QVERIFY(window.review()->flag(hb::io::readFrame(files[2]).info, hb::review::FlagReason::Corrupted));

        // The dialog: the format follows the file name and back; its choice is what is shown.
        hb::app::MovieExportDialog dialog(QStringLiteral("LASCO"), 5, 5, 1, {}, 1, 99, &window);
        dialog.setOutput(dir.filePath(QStringLiteral("review.avi")));
        QCOMPARE(*dialog.choice().options.format, hb::exporting::MovieFormat::Avi);
        auto* format = dialog.findChildren<QComboBox*>().at(1);
        format->setCurrentIndex(3);  // animated GIF
        QCOMPARE(QString::fromStdString(dialog.choice().options.output), dir.filePath(QStringLiteral("review.gif")));
        QVERIFY(dialog.choice().leaveOutFlagged);

        hb::app::MovieExporter* exporter = window.movieExporter();
        exporter->setInteractive(false);
        QSignalSpy finished(exporter, &hb::app::MovieExporter::finished);
        hb::exporting::MovieOptions options = dialog.choice().options;
        window.exportMovie(false, true, false, options);
        QVERIFY(finished.wait(30000));
        const auto report = finished.first()[0].value<hb::exporting::MovieReport>();
        QVERIFY2(finished.first()[1].toString().isEmpty(), qPrintable(finished.first()[1].toString()));
        QCOMPARE(report.written, std::size_t(4));
        QCOMPARE(report.frames[2].status, hb::exporting::MovieFrameRecord::Status::Flagged);
        QCOMPARE(report.frames[2].reason, std::string("corrupted"));
        QByteArray probe;
        QCOMPARE(hb::test::runProgram(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                                                  QStringLiteral("-show_entries"), QStringLiteral("stream=nb_read_frames"),
                                                                  QStringLiteral("-of"), QStringLiteral("csv=p=0"), QString::fromStdString(options.output)},
                                         &probe),
                 0);
        QCOMPARE(probe.trimmed(), QByteArray("4"));
        QVERIFY(QFile::exists(QString::fromStdString(options.output) + QStringLiteral(".frames.csv")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
