// The Detectors dock: a detector's verdict on the frame on screen drawn over it while its
// parameters change, a run over the day that stores proposals, and decisions on them.
#include "catalog_panel.h"
#include "workspaces/review/detector_panel.h"
#include "image_view.h"
#include "main_window.h"
#include "session.h"
#include "workspaces/review/proposal_list.h"
#include "workspaces/review/review_session.h"
#include "test_support.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QPushButton>
#include <QScrollArea>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using hb::review::FlagStatus;

class TestDetectorPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::vector<std::string> m_files;
    std::unique_ptr<hb::app::MainWindow> m_window;

    hb::app::MainWindow& window() { return *m_window; }
    hb::app::DetectorPanel& panel() { return *window().detectorPanel(); }

    // The next verdict drawn on the frame on screen.
    std::optional<hb::Detection> nextOverlay()
    {
        QSignalSpy overlay(&panel(), &hb::app::DetectorPanel::overlayChanged);
        for (int waits = 0; waits < 40; ++waits) {
            for (const QList<QVariant>& args : overlay) {
                const auto detection = args.at(1).value<std::optional<hb::Detection>>();
                if (detection && args.at(0).toString().toStdString() == window().currentFrame()->info.path)
                    return detection;
            }
            overlay.clear();
            if (!overlay.wait(500) && !overlay.isEmpty())
                continue;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<std::optional<hb::Detection>>();
        hb::test::useFreshSettings("tst_detector_panel");
        m_files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c2")), "lasco-c2", 16, 256, 7);
        m_window = std::make_unique<hb::app::MainWindow>();
        window().show();
        QSignalSpy finished(&window(), &hb::app::MainWindow::scanFinished);
        QSignalSpy shown(&window(), &hb::app::MainWindow::frameShown);
        window().openFolder(m_dir.path());
        QVERIFY(finished.wait(20000));
        QVERIFY(window().currentFrame() || shown.wait(20000));
        QTRY_VERIFY(window().shownEntry() >= 0);
        window().findChild<QDockWidget*>(QStringLiteral("DetectorDock"))->raise();
        QTRY_VERIFY(panel().isActive());
    }

    void theOverlayFollowsTheParameters()
    {
        panel().setDetector(QStringLiteral("detect.cosmic_rays"));
        const auto strict = nextOverlay();
        QVERIFY(strict);
        QCOMPARE(strict->detector, std::string("detect.cosmic_rays"));
        QCOMPARE(window().frameView()->overlay().circles.size(), static_cast<qsizetype>(strict->blobs.size()));
        // A lower threshold finds more blobs, and the picture shows them.
        panel().setParameter("threshold", 3.0);
        const auto loose = nextOverlay();
        QVERIFY(loose);
        QVERIFY2(loose->blobs.size() > strict->blobs.size(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(loose->blobs.size()).arg(strict->blobs.size())));
        QCOMPARE(window().frameView()->overlay().circles.size(), static_cast<qsizetype>(loose->blobs.size()));
        QVERIFY(panel().verdictText().contains(QString::fromStdString(loose->summary)));
        // Hidden dock, no shapes: they would belong to parameters no longer in view.
        window().findChild<QDockWidget*>(QStringLiteral("ReviewDock"))->raise();
        QTRY_VERIFY(window().frameView()->overlay().isEmpty());
        window().findChild<QDockWidget*>(QStringLiteral("DetectorDock"))->raise();
    }

    void aRunOverTheDayProposesWhatTheTruthHolds()
    {
        std::set<std::string> truth;
        for (const std::string& file : m_files) {
            std::ifstream in(file + ".truth.json");
            if (!nlohmann::json::parse(in)["missing_blocks"].empty())
                truth.insert(QFileInfo(QString::fromStdString(file)).fileName().toStdString());
        }
        QVERIFY2(!truth.empty(), "seed 7 injects missing blocks");
        panel().setDetector(QStringLiteral("detect.missing_blocks"));
        QSignalSpy finished(&panel(), &hb::app::DetectorPanel::runFinished);
        panel().runOverDay();
        QVERIFY(panel().isRunning());
        QVERIFY(finished.wait(60000));
        const auto summary = finished.at(0).at(0).value<hb::app::DetectorBatch::Summary>();
        QCOMPARE(summary.frames, 16);
        QCOMPARE(summary.failed, 0);
        QVERIFY(!summary.cancelled);
        QCOMPARE(panel().proposals()->count(), summary.proposed);
        std::set<std::string> proposed;
        for (const auto& p : window().review()->store()->flags(FlagStatus::Proposed))
            proposed.insert(p.name);
        for (const std::string& name : truth)
            QVERIFY2(proposed.count(name), name.c_str());
    }

    void theProposalsAndTheirButtonsAreInViewAtTheWindowsSize()
    {
        QVERIFY(panel().proposals()->count() >= 2);
        window().resize(1600, 1000);
        // The dock's own scroll area: what lies outside its viewport is below the fold.
        auto* dockArea = qobject_cast<QScrollArea*>(window().findChild<QDockWidget*>(QStringLiteral("DetectorDock"))->widget());
        QVERIFY(dockArea);
        QRect viewport;
        const auto inView = [&](const QWidget* w) {
            viewport = dockArea->viewport()->rect();
            return viewport.contains(QRect(w->mapTo(dockArea->viewport(), QPoint(0, 0)), w->size()));
        };
        QTreeWidget* tree = panel().proposals()->tree();
        // Layouts settle over a few event-loop turns after the resize.
        QTRY_VERIFY2(inView(tree), qPrintable(QStringLiteral("tree at %1,%2 size %3x%4 in a viewport of %5x%6")
                                                  .arg(tree->mapTo(dockArea->viewport(), QPoint(0, 0)).x())
                                                  .arg(tree->mapTo(dockArea->viewport(), QPoint(0, 0)).y())
                                                  .arg(tree->width()).arg(tree->height())
                                                  .arg(viewport.width()).arg(viewport.height())));
        QVERIFY(inView(panel().proposals()->findChild<QPushButton*>(QStringLiteral("acceptAll"))));
        QVERIFY(inView(panel().proposals()->findChild<QPushButton*>(QStringLiteral("dismissAll"))));
        const int rowHeight = tree->visualItemRect(tree->topLevelItem(0)).height();
        QVERIFY2(tree->viewport()->height() >= 5 * rowHeight,
                 qPrintable(QStringLiteral("%1 px for rows of %2 px").arg(tree->viewport()->height()).arg(rowHeight)));
        // The frame's time and name are read whole, not cut to "20...".
        const QString frame = tree->topLevelItem(0)->text(0);
        QVERIFY(tree->columnWidth(0) >= tree->fontMetrics().horizontalAdvance(frame));
    }

    void proposalsAreAcceptedOrDismissed()
    {
        const int waiting = panel().proposals()->count();
        QVERIFY(waiting >= 2);
        // Choosing a proposal shows its frame.
        QTreeWidget* tree = panel().proposals()->tree();
        QSignalSpy shown(&window(), &hb::app::MainWindow::frameShown);
        tree->setCurrentItem(tree->topLevelItem(0));
        QVERIFY(shown.wait(10000));
        QVERIFY(tree->topLevelItem(0)->text(0).endsWith(
            QFileInfo(QString::fromStdString(window().currentFrame()->info.path)).fileName()));
        QCOMPARE(window().frameView()->badgeText(), QStringLiteral("Proposed"));
        tree->topLevelItem(0)->setSelected(true);
        panel().proposals()->findChild<QPushButton*>(QStringLiteral("acceptChosen"))->click();
        QCOMPARE(panel().proposals()->count(), waiting - 1);
        QCOMPARE(window().review()->store()->flags(FlagStatus::Active).size(), std::size_t(1));
        QCOMPARE(window().frameView()->badgeText(), QStringLiteral("Missing blocks"));
        panel().proposals()->findChild<QPushButton*>(QStringLiteral("dismissAll"))->click();
        QCOMPARE(panel().proposals()->count(), 0);
        QCOMPARE(window().review()->store()->flags(FlagStatus::Dismissed).size(), static_cast<std::size_t>(waiting - 1));
    }

    void aRunCanBeCancelled()
    {
        QSignalSpy finished(&panel(), &hb::app::DetectorPanel::runFinished);
        panel().runOverDay();
        panel().cancelRun();  // before the worker has scanned the 16 headers
        QVERIFY(finished.wait(60000));
        const auto summary = finished.at(0).at(0).value<hb::app::DetectorBatch::Summary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.frames < 16);
        QVERIFY(!panel().isRunning());
    }

    void realVenusFramesHaveNeighboursOnOtherDays()
    {
        HB_REQUIRE_SHARED_DATA();
        // One LASCO C2 frame a day: the onboard masks are learned from the frames of the days
        // around, so the occulter is not taken for lost blocks, and Venus's bleed is found.
        QTemporaryDir copy;
        const QDir venus(QString::fromStdString(hb::test::sharedData("lasco/c2_2010-01_venus")));
        const QStringList names = venus.entryList({QStringLiteral("*.fts")}, QDir::Files, QDir::Name).mid(0, 3);
        QCOMPARE(names.size(), 3);
        for (const QString& name : names)
            QVERIFY(QFile::copy(venus.filePath(name), copy.filePath(name)));
        auto* summary = panel().findChild<QLabel*>(QStringLiteral("detectorRunSummary"));
        QVERIFY(summary && !summary->text().isEmpty());  // the cancelled run's, in the other folder
        QSignalSpy finished(&window(), &hb::app::MainWindow::scanFinished);
        window().openFolder(copy.path());
        QVERIFY(finished.wait(20000));
        QVERIFY2(summary->text().isEmpty(), qPrintable(summary->text()));
        QVERIFY(window().catalog()->chooseEntry(1));
        QTRY_VERIFY(window().shownEntry() == 1);
        // One frame a day plays as one sequence of the instrument, not 1 of 1.
        QCOMPARE(window().session()->sequence().size(), std::size_t(3));
        panel().setDetector(QStringLiteral("detect.missing_blocks"));
        const auto blocks = nextOverlay();
        QVERIFY(blocks);
        QVERIFY2(!blocks->flagged, blocks->summary.c_str());
        panel().setDetector(QStringLiteral("detect.transients"));
        const auto transients = nextOverlay();
        QVERIFY(transients);
        QVERIFY2(transients->flagged, transients->summary.c_str());
        QCOMPARE(window().frameView()->overlay().lines.size(), static_cast<qsizetype>(transients->lines.size()));
        // Over every day of the instrument: all three proposed.
        panel().setRunOverAllDays(true);
        QSignalSpy ran(&panel(), &hb::app::DetectorPanel::runFinished);
        panel().runOverDay();
        QVERIFY(ran.wait(60000));
        QCOMPARE(ran.at(0).at(0).value<hb::app::DetectorBatch::Summary>().proposed, 3);
        // The list holds what the database holds, one row each.
        auto* list = panel().findChild<hb::app::ProposalList*>();
        QVERIFY(list);
        QTRY_COMPARE(static_cast<std::size_t>(list->count()), window().review()->proposals().size());
        // A proposal of another day shows its frame within the sequence on screen.
        auto* rows = list->findChild<QTreeWidget*>();
        QVERIFY(rows && rows->topLevelItemCount() == 3);
        // The rows are in score order: take one whose frame is not the one on screen.
        const int before = window().shownEntry();
        const QString onScreen = QFileInfo(QString::fromStdString(window().currentFrame()->info.path)).fileName();
        QTreeWidgetItem* other = nullptr;
        for (int r = 0; r < rows->topLevelItemCount() && !other; ++r)
            if (!rows->topLevelItem(r)->text(0).endsWith(onScreen))
                other = rows->topLevelItem(r);
        QVERIFY(other);
        rows->setCurrentItem(other);
        QTRY_VERIFY_WITH_TIMEOUT(window().shownEntry() != before && window().shownEntry() >= 0, 20000);
        QCOMPARE(window().session()->sequence().size(), std::size_t(3));
    }
};

QTEST_MAIN(TestDetectorPanel)
#include "tst_detector_panel.moc"
