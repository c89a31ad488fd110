#include "background_scan.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestBackgroundScan : public QObject {
    Q_OBJECT
private slots:
    void deliversEveryFileThenFinishes()
    {
        QTemporaryDir dir;
        hb::test::simulateInto(dir.filePath(QStringLiteral("cor2")), "cor2", 20, 64);
        QFile junk(dir.filePath(QStringLiteral("junk.fts")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("SIMPLE  =                    T");  // a card cut short: unreadable
        junk.close();

        hb::app::BackgroundScan scan;
        std::vector<hb::CatalogEntry> arrived;
        connect(&scan, &hb::app::BackgroundScan::entriesArrived, this,
                [&](std::vector<hb::CatalogEntry> batch) { arrived.insert(arrived.end(), batch.begin(), batch.end()); });
        QSignalSpy progress(&scan, &hb::app::BackgroundScan::progress);
        QSignalSpy finished(&scan, &hb::app::BackgroundScan::finished);
        scan.start(dir.path());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!scan.isRunning());
        QCOMPARE(arrived.size(), std::size_t{21});
        const auto bad = std::count_if(arrived.begin(), arrived.end(), [](const auto& e) { return !e.ok; });
        QCOMPARE(bad, 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 21);
        QCOMPARE(progress.last().at(1).toInt(), 21);
    }

    void aFolderThatCannotBeListedIsOneUnreadableEntry()
    {
        hb::app::BackgroundScan scan;
        std::vector<hb::CatalogEntry> arrived;
        connect(&scan, &hb::app::BackgroundScan::entriesArrived, this,
                [&](std::vector<hb::CatalogEntry> batch) { arrived.insert(arrived.end(), batch.begin(), batch.end()); });
        QSignalSpy finished(&scan, &hb::app::BackgroundScan::finished);
        scan.start(QStringLiteral("/nonexistent/heliobench/folder"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(arrived.size(), std::size_t{1});
        QVERIFY(!arrived.front().ok);
        QVERIFY(QString::fromStdString(arrived.front().error).contains(QStringLiteral("/nonexistent/heliobench/folder")) ||
                QString::fromStdString(arrived.front().info.path).contains(QStringLiteral("/nonexistent")));
    }

    void cancelStopsEarlyAndANewScanReplacesTheOld()
    {
        QTemporaryDir dir;
        hb::test::simulateInto(dir.filePath(QStringLiteral("c3")), "lasco-c3", 200, 64);
        hb::app::BackgroundScan scan;
        int delivered = 0;
        connect(&scan, &hb::app::BackgroundScan::entriesArrived, this,
                [&](std::vector<hb::CatalogEntry> batch) { delivered += static_cast<int>(batch.size()); });
        QSignalSpy finished(&scan, &hb::app::BackgroundScan::finished);
        scan.start(dir.path());
        scan.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        // Cancelled microseconds after the start, before the worker has listed the folder: the
        // scan stops short of the 200 files, and nothing arrives after "finished".
        QVERIFY2(delivered < 200, qPrintable(QString::number(delivered)));
        const int atFinish = delivered;
        QTest::qWait(200);
        QCOMPARE(delivered, atFinish);

        // Starting again while a scan runs: only the new scan's files and one "finished".
        finished.clear();
        delivered = 0;
        scan.start(dir.path());
        scan.start(dir.path());
        QVERIFY(finished.wait(20000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(delivered, 200);
    }
};

QTEST_MAIN(TestBackgroundScan)
#include "tst_background_scan.moc"
