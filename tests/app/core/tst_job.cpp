// Long work as a Job: progress on the owner's thread, cancel, failures as text, one run at a time.
#include "job.h"

#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <stdexcept>
#include <thread>

class TestJob : public QObject {
    Q_OBJECT

private slots:
    void progressArrivesAndTheRunEnds()
    {
        hb::app::Job job;
        QSignalSpy progressed(&job, &hb::app::Job::progressed);
        QSignalSpy finished(&job, &hb::app::Job::finished);
        QVERIFY(job.start([](const hb::steps::RunContext& context) {
            for (std::size_t i = 1; i <= 5; ++i)
                context.report(i, 5, "frame " + std::to_string(i));
        }));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toString(), QString());
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QTRY_COMPARE(progressed.size(), 5);
        QCOMPARE(progressed.last().at(0).toLongLong(), 5);
        QCOMPARE(progressed.last().at(2).toString(), QStringLiteral("frame 5"));
    }

    void cancelStopsTheWorkAndSaysSo()
    {
        hb::app::Job job;
        QSignalSpy finished(&job, &hb::app::Job::finished);
        QVERIFY(job.start([](const hb::steps::RunContext& context) {
            for (;;) {
                context.throwIfCancelled();
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        }));
        // One run at a time.
        QVERIFY(!job.start([](const hb::steps::RunContext&) {}));
        job.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(!job.isRunning());
    }

    void aFailureBecomesText()
    {
        hb::app::Job job;
        QSignalSpy finished(&job, &hb::app::Job::finished);
        QVERIFY(job.start([](const hb::steps::RunContext&) { throw hb::Error("a.fts", "is truncated"); }));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("a.fts: is truncated"));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
