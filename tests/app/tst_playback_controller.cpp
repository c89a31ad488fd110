#include "workspaces/image/playback_controller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using hb::app::PlaybackController;

class TestPlaybackController : public QObject {
    Q_OBJECT
private:
    static std::vector<int> run(PlaybackController::EndMode mode, int steps)
    {
        PlaybackController p;
        p.setCount(3);
        p.setPosition(0);
        p.setEndMode(mode);
        p.setFramesPerSecond(60);
        std::vector<int> seen;
        QObject::connect(&p, &PlaybackController::positionChanged, [&](int i) { seen.push_back(i); });
        p.play();
        QElapsedTimer clock;
        clock.start();
        while (static_cast<int>(seen.size()) < steps && p.isPlaying() && clock.elapsed() < 5000)
            QTest::qWait(5);
        p.pause();
        seen.resize(std::min<std::size_t>(seen.size(), static_cast<std::size_t>(steps)));
        return seen;
    }

private slots:
    void endModes()
    {
        QCOMPARE(run(PlaybackController::EndMode::Loop, 5), (std::vector<int>{1, 2, 0, 1, 2}));
        QCOMPARE(run(PlaybackController::EndMode::Bounce, 5), (std::vector<int>{1, 2, 1, 0, 1}));
        QCOMPARE(run(PlaybackController::EndMode::Stop, 5), (std::vector<int>{1, 2}));
    }

    void stepsClampAndSignalOnlyChanges()
    {
        PlaybackController p;
        QSignalSpy moved(&p, &PlaybackController::positionChanged);
        p.next();  // nothing to step through
        QCOMPARE(moved.count(), 0);
        p.setCount(4);
        p.first();
        p.previous();  // already at the start
        p.last();
        p.next();  // already at the end
        QCOMPARE(moved.count(), 2);
        QCOMPARE(p.position(), 3);
        p.setFramesPerSecond(1000);
        QCOMPARE(p.framesPerSecond(), 60.0);
        p.setCount(1);
        p.play();  // a single frame does not play
        QVERIFY(!p.isPlaying());
    }
};

QTEST_GUILESS_MAIN(TestPlaybackController)
#include "tst_playback_controller.moc"
