// Review mode in the window: keys flag the frame on screen in the review database at once, and
// the flags show in the tree, the strip, the badge and the counts.
#include "catalog_filter_model.h"
#include "catalog_model.h"
#include "catalog_panel.h"
#include "frame_strip.h"
#include "image_view.h"
#include "main_window.h"
#include "workspaces/review/note_dialog.h"
#include "workspaces/review/review_panel.h"
#include "workspaces/review/review_session.h"
#include "workspaces/image/sequence_panel.h"
#include "test_support.h"

#include <QDockWidget>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using hb::review::FlagReason;
using hb::review::FlagStatus;

class TestReviewMode : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<hb::app::MainWindow> m_window;

    hb::app::MainWindow& window() { return *m_window; }
    std::string shownPath() { return window().currentFrame()->info.path; }
    int position() { return window().sequencePanel()->playback().position(); }

    // Presses a key in the window and waits until the frame it asks for is on screen.
    void stepTo(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        // Window shortcuts need the window active (a dialog may just have closed).
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        QSignalSpy shown(&window(), &hb::app::MainWindow::frameShown);
        QTest::keyClick(&window(), key, modifiers);
        QVERIFY(shown.wait(10000));
    }

    std::optional<hb::review::Flag> activeFlagOf(const std::string& path)
    {
        return window().review()->store()->state(path).active;
    }

    hb::review::FrameMark markOf(const std::string& path) { return window().review()->mark(path); }

private slots:
    void initTestCase()
    {
        hb::test::useFreshSettings("tst_review_mode");
        hb::test::simulateInto(m_dir.filePath(QStringLiteral("c2")), "lasco-c2", 10, 64, 3);
        m_window = std::make_unique<hb::app::MainWindow>();
        window().show();
        window().activateWindow();
        QSignalSpy finished(&window(), &hb::app::MainWindow::scanFinished);
        QSignalSpy shown(&window(), &hb::app::MainWindow::frameShown);
        window().openFolder(m_dir.path());
        QVERIFY(finished.wait(20000));
        QVERIFY(window().currentFrame() || shown.wait(20000));
        QTRY_VERIFY(window().shownEntry() >= 0);
    }

    void theDatabaseLivesInTheFolder()
    {
        QVERIFY(window().review()->isOpen());
        QCOMPARE(window().review()->databasePath(), QDir(m_dir.path()).filePath(QStringLiteral("heliobench-review.db")));
        QVERIFY(QFileInfo::exists(window().review()->databasePath()));
    }

    void numberKeysFlagTheFrameOnScreen()
    {
        window().reviewPanel()->reviewModeAction()->setChecked(true);
        QCOMPARE(position(), 0);
        const std::string first = shownPath();
        QTest::keyClick(&window(), Qt::Key_1);
        const auto flag = activeFlagOf(first);
        QVERIFY(flag);
        QCOMPARE(flag->reason, FlagReason::Corrupted);
        QVERIFY(!flag->source);  // by hand
        // The badge, the strip and the tree say so at once.
        QCOMPARE(window().frameView()->badgeText(), QStringLiteral("Corrupted"));
        const auto& marks = window().sequencePanel()->strip()->marks();
        QCOMPARE(marks.size(), std::size_t(10));
        QVERIFY(marks[0].flag.isValid());
        QVERIFY(!marks[1].flag.isValid());
        const auto& model = window().catalog()->model();
        const QModelIndex leaf = model.indexOfEntry(window().shownEntry());
        QVERIFY(leaf.data(hb::widgets::CatalogModel::FlaggedRole).toBool());
        QCOMPARE(leaf.siblingAtColumn(hb::widgets::CatalogModel::Flagged).data().toString(), QStringLiteral("Corrupted"));

        // Stepping on in review mode marks the frame left behind; the next one is flagged by key 4.
        stepTo(Qt::Key_Right);
        const std::string second = shownPath();
        QVERIFY(second != first);
        QCOMPARE(window().frameView()->badgeText(), QString());
        QTest::keyClick(&window(), Qt::Key_4);
        QCOMPARE(activeFlagOf(second)->reason, FlagReason::Transient);
        stepTo(Qt::Key_Right);
        QVERIFY(markOf(second).reviewed);
        QVERIFY(!markOf(shownPath()).reviewed);
        // Counts per day and per instrument: 2 of 10 reviewed, 2 flagged.
        const QModelIndex day = model.indexOfEntry(window().shownEntry()).parent();
        QCOMPARE(day.data(hb::widgets::CatalogModel::CountsRole).toList(), (QVariantList{2, 2, 10}));
        QCOMPARE(day.siblingAtColumn(hb::widgets::CatalogModel::Flagged).data().toInt(), 2);
        const QString counts = window().reviewPanel()->findChild<QLabel*>(QStringLiteral("reviewCounts"))->text();
        QVERIFY2(counts.contains(QStringLiteral("2 of 10 reviewed, 2 flagged")), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("LASCO C2")), qPrintable(counts));
    }

    void undoAndRedoPutTheStateBack()
    {
        stepTo(Qt::Key_Left);
        const std::string second = shownPath();
        QTest::keyClick(&window(), Qt::Key_6);  // changes its reason
        QCOMPARE(activeFlagOf(second)->reason, FlagReason::StrayLight);
        QTest::keyClick(&window(), Qt::Key_Z);
        QCOMPARE(activeFlagOf(second)->reason, FlagReason::Transient);
        QTest::keyClick(&window(), Qt::Key_Z);
        QVERIFY(!activeFlagOf(second));
        // Undo takes the decision back, not the look: the frame was stepped past since.
        QVERIFY(markOf(second).reviewed);
        QCOMPARE(window().frameView()->badgeText(), QString());
        QTest::keyClick(&window(), Qt::Key_Z, Qt::ShiftModifier);
        QCOMPARE(activeFlagOf(second)->reason, FlagReason::Transient);
        QCOMPARE(window().frameView()->badgeText(), QStringLiteral("Comet or planet"));
        // Backspace clears; the cleared flag stays in the history.
        QTest::keyClick(&window(), Qt::Key_Backspace);
        QVERIFY(!activeFlagOf(second));
        QVERIFY(markOf(second).reviewed);
        QTest::keyClick(&window(), Qt::Key_Z);
        QCOMPARE(activeFlagOf(second)->reason, FlagReason::Transient);
    }

    void notesAreAskedForAndKept()
    {
        const std::string second = shownPath();
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<hb::app::NoteDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setNote(QStringLiteral("Venus bleed, rows 30-34"));
            dialog->accept();
        });
        QTest::keyClick(&window(), Qt::Key_N);
        QCOMPARE(activeFlagOf(second)->note, std::string("Venus bleed, rows 30-34"));
        QVERIFY(window().reviewPanel()->findChild<QLabel*>()->parentWidget());
        // A note on an unflagged frame flags it as "other".
        stepTo(Qt::Key_Right);
        window().reviewPanel()->noteFrame(QStringLiteral("odd halo"));
        QCOMPARE(activeFlagOf(shownPath())->reason, FlagReason::Other);
        QCOMPARE(activeFlagOf(shownPath())->note, std::string("odd halo"));
    }

    void jumpsToFlaggedAndUnreviewedFrames()
    {
        QCOMPARE(position(), 2);  // flagged 0, 1, 2
        stepTo(Qt::Key_F);        // round the end to the first
        QCOMPARE(position(), 0);
        stepTo(Qt::Key_F, Qt::ShiftModifier);
        QCOMPARE(position(), 2);
        stepTo(Qt::Key_U);
        QCOMPARE(position(), 3);
        QVERIFY(markOf(window().catalog()->model().entry(window().shownEntry()).info.path).reviewed == false);
    }

    void filtersNarrowTheSequence()
    {
        using Filter = hb::widgets::CatalogFilterModel::ReviewFilter;
        window().catalog()->setReviewFilter(static_cast<int>(Filter::Flagged));
        stepTo(Qt::Key_F);  // a flagged frame, in the narrowed sequence
        QCOMPARE(window().sequencePanel()->strip()->count(), 3);
        window().catalog()->setReviewFilter(static_cast<int>(Filter::Unflagged));
        QVERIFY(window().catalog()->chooseEntry(window().shownEntry()) == false);  // hidden now
        window().catalog()->setReviewFilter(static_cast<int>(Filter::All));
        QVERIFY(window().catalog()->chooseEntry(window().shownEntry()));
    }

    void keysFlagTheFrameOnScreenWhilePlaying()
    {
        window().reviewPanel()->reviewModeAction()->setChecked(false);
        auto& playback = window().sequencePanel()->playback();
        playback.setFramesPerSecond(25);
        QSignalSpy shown(&window(), &hb::app::MainWindow::frameShown);
        playback.play();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 4, 10000);
        QVERIFY(playback.isPlaying());
        std::string onScreen;
        // Wait for an unflagged frame to come round, then flag it with the key.
        QTRY_VERIFY_WITH_TIMEOUT((onScreen = shownPath(), !activeFlagOf(onScreen)), 10000);
        QTest::keyClick(&window(), Qt::Key_3);
        QVERIFY(playback.isPlaying());
        playback.pause();
        const auto flag = activeFlagOf(onScreen);
        QVERIFY(flag);
        QCOMPARE(flag->reason, FlagReason::CosmicRayStorm);
        QCOMPARE(window().review()->store()->flags(FlagStatus::Active).size(), std::size_t(4));
    }

    void aNewWindowFindsTheFlags()
    {
        const std::size_t flagged = window().review()->store()->flags(FlagStatus::Active).size();
        m_window.reset();
        hb::app::MainWindow again;
        QSignalSpy finished(&again, &hb::app::MainWindow::scanFinished);
        again.openFolder(m_dir.path());
        QVERIFY(finished.wait(20000));
        const QModelIndex soho = again.catalog()->model().index(0, 0);
        QCOMPARE(soho.data(hb::widgets::CatalogModel::CountsRole).toList().at(1).toInt(), static_cast<int>(flagged));
    }

    void aDatabaseThatIsNotOneIsLeftAloneAndSaidSo()
    {
        QTemporaryDir other;
        hb::test::simulateInto(other.filePath(QStringLiteral("c2")), "lasco-c2", 3, 64, 4);
        const QString db = QDir(other.path()).filePath(QStringLiteral("heliobench-review.db"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("notes of another program\n");
        }
        const QString before = hb::test::fileHash(db);
        hb::app::MainWindow window;
        window.show();
        QSignalSpy finished(&window, &hb::app::MainWindow::scanFinished);
        QSignalSpy shown(&window, &hb::app::MainWindow::frameShown);
        window.openFolder(other.path());
        QVERIFY(!window.review()->isOpen());
        QVERIFY(finished.wait(20000));
        QVERIFY(window.currentFrame() || shown.wait(20000));
        // The window goes on without review; the keys do nothing; the file is as it was.
        QTest::keyClick(&window, Qt::Key_1);
        QCOMPARE(window.frameView()->badgeText(), QString());
        QCOMPARE(hb::test::fileHash(db), before);
        const QString said = window.reviewPanel()->findChild<QLabel*>(QStringLiteral("reviewDatabase"))->text();
        QVERIFY2(said.contains(QStringLiteral("Review is off")) && said.contains(QStringLiteral("heliobench-review.db")),
                 qPrintable(said));
    }
};

QTEST_MAIN(TestReviewMode)
#include "tst_review_mode.moc"
