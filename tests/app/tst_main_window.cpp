#include "colour_bar.h"
#include "main_window.h"
#include "session.h"
#include "workspaces/export/movie_export_dialog.h"
#include "workspaces/export/movie_exporter.h"
#include "io/file_reader.h"
#include "test_support.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QFile>
#include <QMessageBox>
#include <QTimer>
#include <QDockWidget>
#include <QMenu>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QToolButton>

#include "workspaces/export/background_dialog.h"
#include "workspaces/export/export_workspace.h"
#include "workspaces/export/background_maker.h"
#include "compare_view.h"
#include "image_view.h"
#include "workspaces/processing/pipeline_document.h"
#include "workspaces/processing/pipeline_panel.h"
#include "workspaces/processing/preview_panel.h"
#include "workspaces/processing/processing_controller.h"
#include "workspaces/review/review_session.h"
#include "workspaces/image/sequence_panel.h"

#include <QUndoStack>

#include <algorithm>
#include <filesystem>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { hb::test::useFreshSettings("tst_main_window"); }

    void opensOnTheDetectorAskedForAndPlays()
    {
        // What the demo asks for: not the first file found (an EXCAM frame) but a coronagraph, playing.
        QTemporaryDir dir;
        hb::test::simulateInto(dir.filePath(QStringLiteral("a-excam")), "excam", 1, 0);
        hb::test::simulateInto(dir.filePath(QStringLiteral("c3")), "lasco-c3", 4, 64);
        hb::app::MainWindow window;
        window.show();
        QSignalSpy finished(&window, &hb::app::MainWindow::scanFinished);
        window.openFolder(dir.path(), QStringLiteral("C3"), true);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentFrame() && window.currentFrame()->info.detector == std::string("C3"), 20000);
        QVERIFY(window.sequencePanel()->playback().isPlaying());
        QCOMPARE(window.session()->sequence().size(), std::size_t(4));
        window.sequencePanel()->playback().pause();
    }

    void everyDockComesBackFromTheViewMenu()
    {
        hb::app::MainWindow window;
        window.show();
        auto* docks = window.findChild<QMenu*>(QStringLiteral("docksMenu"));
        QVERIFY(docks);
        const QList<QDockWidget*> all = window.findChildren<QDockWidget*>();
        QCOMPARE(all.size(), 6);
        QCOMPARE(docks->actions().size(), all.size());
        for (QDockWidget* dock : all) {
            dock->close();
            QVERIFY(!dock->isVisible());
            QAction* toggle = nullptr;
            for (QAction* action : docks->actions())
                if (action == dock->toggleViewAction())
                    toggle = action;
            QVERIFY2(toggle, qPrintable(dock->objectName()));
            toggle->trigger();
            QVERIFY(dock->isVisible());
        }
    }

    void quittingAsksBeforeLosingAnEditedPipeline()
    {
        QTemporaryDir dir;
        hb::app::MainWindow window;
        window.show();
        hb::app::PipelinePanel* panel = window.pipelinePanel();
        QVERIFY(panel->unsavedPipelines().isEmpty());
        panel->document().insertStep(0, "common.rotate_north");
        QCOMPARE(panel->unsavedPipelines().size(), 1);
        // Cancel keeps the window and the edit.
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            asked = box && box->objectName() == QStringLiteral("unsavedPipelines") &&
                    box->text().contains(QString::fromStdString(panel->pipeline().name));
            if (box)
                box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.close());
        QVERIFY(asked);
        QVERIFY(window.isVisible());
        // Saved, nothing is lost: the window closes without asking.
        QVERIFY(panel->saveFile(dir.filePath(QStringLiteral("edited.json"))));
        QVERIFY(panel->unsavedPipelines().isEmpty());
        QVERIFY(window.close());
    }

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
        auto* catalogDock = window.findChild<QDockWidget*>(QStringLiteral("CatalogDock"));
        QVERIFY(catalogDock->isVisible());
        const int frameWidth = window.frameView()->width();
        tabs->setCurrentWidget(window.previewPanel());
        QVERIFY(previews.wait(20000));
        // The panes get the catalog's width while a step is tuned.
        QVERIFY(!catalogDock->isVisible());
        QTRY_VERIFY(window.previewPanel()->width() > frameWidth);
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
        // A step that changes the units: each side its own range. One that keeps them: one range.
        auto* sameRange = window.previewPanel()->findChild<QCheckBox*>(QStringLiteral("previewSameRange"));
        QVERIFY(sameRange && !sameRange->isChecked());
        QVERIFY(result.afterRange.high != result.beforeRange.high);
        const std::size_t masking = hb::steps::findStep(panel->pipeline(), "lasco.missing_blocks");
        previews.clear();
        panel->setCurrentStep(std::ptrdiff_t(masking));
        QTRY_VERIFY_WITH_TIMEOUT(window.previewPanel()->caption().contains(QStringLiteral("Step %1,").arg(masking + 1)), 20000);
        QVERIFY(sameRange->isChecked());
        result = previews.last()[0].value<hb::app::PreviewPresenter::Result>();
        QCOMPARE(result.afterRange.low, result.beforeRange.low);
        QCOMPARE(result.afterRange.high, result.beforeRange.high);
        QVERIFY2(window.previewPanel()->caption().contains(QStringLiteral("Both sides")), qPrintable(window.previewPanel()->caption()));
        // Their difference, with its scale.
        compare->setMode(hb::widgets::CompareView::Mode::Difference);
        QTRY_VERIFY_WITH_TIMEOUT(!compare->shownPicture().isNull(), 20000);
        QVERIFY(std::isfinite(compare->differenceBar()->range()));
        compare->setMode(hb::widgets::CompareView::Mode::SideBySide);
        panel->setCurrentStep(std::ptrdiff_t(calibrate));
        // Enabling the vignetting step without its file: the tab says what is missing.
        const std::size_t vignetting = calibrate + 1;
        QCOMPARE(panel->pipeline().steps[vignetting].id, std::string("lasco.vignetting"));
        panel->document().setEnabled(vignetting, true);
        QTRY_VERIFY_WITH_TIMEOUT(window.previewPanel()->problem().contains(QStringLiteral("c3vig")), 20000);
        panel->document().undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(window.previewPanel()->problem().isEmpty(), 20000);
        tabs->setCurrentIndex(0);
        QVERIFY(catalogDock->isVisible());  // back with the frame tab
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

    void playsProcessedFramesAndFlagsThemWhilePlaying()
    {
        QTemporaryDir dir;
        const auto files = hb::test::simulateInto(dir.filePath(QStringLiteral("c3")), "lasco-c3", 6, 256);
        hb::app::MainWindow window;
        window.show();
        QSignalSpy shown(&window, &hb::app::MainWindow::frameShown);
        window.openFolder(dir.path());
        QVERIFY(window.currentFrame() || shown.wait(20000));
        QVERIFY(window.review()->isOpen());
        hb::app::PipelinePanel* panel = window.pipelinePanel();
        panel->document().insertStep(panel->pipeline().steps.size(), "sequence.running_difference");
        auto historyHas = [](const hb::Frame* frame, const char* text) {
            if (!frame)
                return false;
            for (const std::string& h : frame->header.commentary("HISTORY"))
                if (h.find(text) != std::string::npos)
                    return true;
            return false;
        };

        auto statusContains = [&window](const QString& text) {
            const QList<QLabel*> labels = window.statusBar()->findChildren<QLabel*>();
            return std::any_of(labels.begin(), labels.end(), [&](QLabel* l) { return l->text().contains(text); });
        };
        // P shows frames through the pipeline: the second frame differenced with the first.
        auto* toggle = window.findChild<QAction*>(QStringLiteral("showProcessedAction"));
        QVERIFY(toggle);
        QTest::keyClick(&window, Qt::Key_Right);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentFrame()->info.path, files[1], 20000);
        QVERIFY(!historyHas(window.currentFrame(), "running difference"));
        shown.clear();
        QTest::keyClick(&window, Qt::Key_P);
        QVERIFY(toggle->isChecked());
        QVERIFY(shown.wait(20000));
        QCOMPARE(window.currentFrame()->info.path, files[1]);
        QVERIFY(historyHas(window.currentFrame(), "running difference"));
        QVERIFY(statusContains(QStringLiteral("processed")));

        // Played, processed frames come one after another; 1 flags the frame on screen (which,
        // when frames take longer to make than the frame rate allows, need not be the newest).
        window.sequencePanel()->playback().setFramesPerSecond(20);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(window.sequencePanel()->playback().isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(window.currentFrame()->info.path != files[1], 30000);
        QVERIFY(historyHas(window.currentFrame(), "running difference"));
        const std::string onScreen = window.currentFrame()->info.path;
        QTest::keyClick(&window, Qt::Key_1);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!window.sequencePanel()->playback().isPlaying());
        for (const std::string& path : files)
            QCOMPARE(window.review()->mark(path).flagged.has_value(), path == onScreen);
        auto at = std::find(files.begin(), files.end(), onScreen) - files.begin();
        QVERIFY(at >= 2);  // frame 1 was left, frame 0 has no frame before it to be made from
        if (static_cast<std::size_t>(at + 1) == files.size()) {
            // Play stopped on the last frame: a middle frame is flagged instead, so that a frame
            // after the flagged one is always there to check.
            const auto infoOf = [&](const std::string& path) {
                for (const hb::CatalogEntry& e : window.session()->entries())
                    if (e.info.path == path)
                        return e.info;
                return hb::ObservationInfo{};
            };
            QVERIFY(window.review()->clear(infoOf(onScreen)));
            at = 3;
            QVERIFY(window.review()->flag(infoOf(files[3]), hb::review::FlagReason::Corrupted));
        }

        // The flagged frame has left the processed sequence: the frame after it is differenced
        // with the one before it, and the flagged frame itself cannot be made.
        const std::string after = files[static_cast<std::size_t>(at + 1)];
        const std::string before = files[static_cast<std::size_t>(at - 1)];
        window.sequencePanel()->playback().setPosition(static_cast<int>(at + 1));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentFrame()->info.path == after && historyHas(window.currentFrame(), "running difference"), 30000);
        const auto beforeFrame = hb::io::readFrame(before);
        QVERIFY(beforeFrame.info.time);
        const std::string beforeTime = beforeFrame.info.time->toIso().substr(0, 19);
        QVERIFY2(historyHas(window.currentFrame(), beforeTime.c_str()), beforeTime.c_str());
        window.sequencePanel()->playback().setPosition(static_cast<int>(at));
        QTRY_VERIFY_WITH_TIMEOUT(statusContains(QStringLiteral("is flagged")), 30000);
        QTest::keyClick(&window, Qt::Key_P);
        QVERIFY(!toggle->isChecked());
    }

    void computesABackgroundWithoutTheFlaggedFrameAndThePipelineUsesIt()
    {
        QTemporaryDir dir;
        const auto files = hb::test::simulateInto(dir.filePath(QStringLiteral("c3")), "lasco-c3", 5, 256);
        hb::app::MainWindow window;
        window.show();
        QSignalSpy shown(&window, &hb::app::MainWindow::frameShown);
        window.openFolder(dir.path());
        QVERIFY(window.currentFrame() || shown.wait(20000));
        QVERIFY(window.review()->flag(hb::io::readFrame(files[1]).info, hb::review::FlagReason::Corrupted));

        const QString folder = dir.filePath(QStringLiteral("backgrounds"));
        hb::app::BackgroundDialog dialog(QStringLiteral("LASCO C3"), 4, 1, QStringLiteral("LASCO L1"), folder, &window);
        auto* compute = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!compute->isEnabled());  // the folder does not exist yet
        QVERIFY(QDir().mkpath(folder));
        dialog.setFolder(folder);
        QVERIFY(compute->isEnabled());
        auto choice = dialog.choice();
        QCOMPARE(choice.model.statistic.kind, hb::steps::PixelStatistic::Kind::Percentile);
        choice.model.statistic.kind = hb::steps::PixelStatistic::Kind::Median;
        choice.model.statistic.minSamples = 1;

        hb::app::BackgroundMaker* maker = window.exportWorkspace()->backgroundMaker();
        maker->setInteractive(false);
        QSignalSpy finished(maker, &hb::app::BackgroundMaker::finished);
        const std::size_t stepsBefore = window.pipelinePanel()->pipeline().steps.size();
        window.exportWorkspace()->computeBackground(choice);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first()[1].toString().isEmpty(), qPrintable(finished.first()[1].toString()));
        const QStringList made = QDir(folder).entryList({QStringLiteral("background_*.fts")}, QDir::Files);
        QCOMPARE(made.size(), 1);
        const hb::Frame background = hb::io::readFrame(QDir(folder).filePath(made[0]).toStdString());
        QCOMPARE(background.header.integer("NIMAGES").value_or(0), 4LL);
        bool namesFlagged = false, namesKept = false;
        for (const std::string& h : background.header.commentary("HISTORY")) {
            namesFlagged |= h.find(std::filesystem::path(files[1]).filename().string()) != std::string::npos;
            namesKept |= h.find(std::filesystem::path(files[2]).filename().string()) != std::string::npos;
        }
        QVERIFY(namesKept);
        QVERIFY(!namesFlagged);

        // The pipeline gained a background step that reads the folder.
        const auto& steps = window.pipelinePanel()->pipeline().steps;
        QCOMPARE(steps.size(), stepsBefore + 1);
        QCOMPARE(steps.back().id, std::string("sequence.background"));
        QCOMPARE(std::get<std::string>(steps.back().parameters.at("file")), folder.toStdString());
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
        QVERIFY(window.review()->flag(hb::io::readFrame(files[3]).info, hb::review::FlagReason::Transient));

        // The dialog: the format follows the file name and back; its choice is what is shown.
        hb::app::MovieExportDialog dialog(QStringLiteral("LASCO"),
                                          {.day = 5, .all = 5, .flagged = {{hb::review::FlagReason::Corrupted, 1}, {hb::review::FlagReason::Transient, 1}}},
                                          {}, 1, 99, &window);
        dialog.setOutput(dir.filePath(QStringLiteral("review.avi")));
        QCOMPARE(*dialog.choice().options.format, hb::exporting::MovieFormat::Avi);
        auto* format = dialog.findChildren<QComboBox*>().at(1);
        format->setCurrentIndex(3);  // animated GIF
        QCOMPARE(QString::fromStdString(dialog.choice().options.output), dir.filePath(QStringLiteral("review.gif")));
        QVERIFY(dialog.choice().leftOutReasons.count(hb::review::FlagReason::Corrupted));
        // A comet is science here: its frame stays in.
        auto* comet = dialog.findChild<QCheckBox*>(QStringLiteral("leaveOut_transient"));
        QVERIFY(comet && comet->isChecked());
        comet->setChecked(false);
        QVERIFY(!dialog.choice().leftOutReasons.count(hb::review::FlagReason::Transient));
        QVERIFY(dialog.choice().leftOutReasons.count(hb::review::FlagReason::Corrupted));
        QCOMPARE(dialog.findChild<QComboBox*>()->currentIndex(), 0);  // the day on screen

        hb::app::MovieExporter* exporter = window.exportWorkspace()->movieExporter();
        exporter->setInteractive(false);
        QSignalSpy finished(exporter, &hb::app::MovieExporter::finished);
        hb::exporting::MovieOptions options = dialog.choice().options;
        window.exportWorkspace()->exportMovie(false, dialog.choice().leftOutReasons, false, options);
        QVERIFY(finished.wait(30000));
        const auto report = finished.first()[0].value<hb::exporting::MovieReport>();
        QVERIFY2(finished.first()[1].toString().isEmpty(), qPrintable(finished.first()[1].toString()));
        QCOMPARE(report.written, std::size_t(4));
        QCOMPARE(report.frames[2].status, hb::exporting::FrameRecord::Status::Flagged);
        QCOMPARE(report.frames[2].reason, std::string("corrupted"));
        QCOMPARE(report.frames[3].status, hb::exporting::FrameRecord::Status::Included);
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
