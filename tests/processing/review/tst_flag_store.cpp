#include "core/error.h"
#include "review/flag_lists.h"
#include "review/flag_store.h"
#include "review/sqlite_database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sstream>

using namespace hb::review;

namespace {

std::string touch(const QTemporaryDir& dir, const QString& relative)
{
    const QString path = dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::ofstream(path.toStdString()) << "x";
    return path.toStdString();
}

} // namespace

class TestFlagStore : public QObject {
    Q_OBJECT

private slots:
    void flagsSurviveReopeningWithTheirIdentity()
    {
        QTemporaryDir dir;
        const std::string db = dir.filePath("review.db").toStdString();
        const std::string file = touch(dir, "2010-01-12/22322544.fts");
        {
            FlagStore store(db);
            const Flag f = store.flag({file, "2010-01-12T21:20:08.500", "LASCO C2"}, FlagReason::Transient, "Venus");
            QCOMPARE(f.path, std::string("2010-01-12/22322544.fts"));
            QCOMPARE(f.name, std::string("22322544.fts"));
            QCOMPARE(f.size.value_or(-1), 1);
            QVERIFY(f.mtime.has_value());
            QVERIFY(!f.source);
        }
        const FlagStore reopened(db);
        const auto flags = reopened.flags();
        QCOMPARE(flags.size(), std::size_t(1));
        QCOMPARE(flags[0].reason, FlagReason::Transient);
        QCOMPARE(flags[0].note, std::string("Venus"));
        QCOMPARE(flags[0].frameTime.value_or(""), std::string("2010-01-12T21:20:08.500"));
        QCOMPARE(flags[0].instrument.value_or(""), std::string("LASCO C2"));
        QVERIFY(reopened.state(file).reviewed);
    }

    void aFrameHasOneActiveFlagAndClearingKeepsHistory()
    {
        QTemporaryDir dir;
        FlagStore store(dir.filePath("review.db").toStdString());
        const std::string file = touch(dir, "a.fts");
        store.flag({file, {}, {}}, FlagReason::Corrupted, "stripes");
        store.flag({file, {}, {}}, FlagReason::MissingBlocks);
        QCOMPARE(store.flags().size(), std::size_t(1));
        QCOMPARE(store.state(file).active->reason, FlagReason::MissingBlocks);
        QCOMPARE(store.state(file).active->note, std::string("stripes"));  // no new note: the old one stays
        store.setNote(file, "blocks 3 and 4");
        QCOMPARE(store.state(file).active->note, std::string("blocks 3 and 4"));
        QVERIFY(store.clear(file));
        QVERIFY(!store.clear(file));
        QVERIFY(!store.state(file).active);
        QCOMPARE(store.flags(FlagStatus::Cleared).size(), std::size_t(1));
        QVERIFY_THROWS_EXCEPTION(hb::Error, store.setNote(file, "no flag"));
    }

    void restorePutsBackTheStateBeforeAnEdit()
    {
        QTemporaryDir dir;
        FlagStore store(dir.filePath("review.db").toStdString());
        const std::string a = touch(dir, "a.fts"), b = touch(dir, "b.fts");
        store.flag({a, {}, {}}, FlagReason::Saturation, "bleed");
        const FrameReviewState beforeA = store.state(a), beforeB = store.state(b);
        QVERIFY(!beforeB.reviewed);
        store.flag({a, {}, {}}, FlagReason::StrayLight, "changed");
        store.flag({b, {}, {}}, FlagReason::Corrupted);
        store.restore(a, beforeA);
        store.restore(b, beforeB);
        QCOMPARE(store.state(a).active->reason, FlagReason::Saturation);
        QCOMPARE(store.state(a).active->note, std::string("bleed"));
        QVERIFY(!store.state(b).active);
        QVERIFY(!store.state(b).reviewed);
        QCOMPARE(store.flags().size(), std::size_t(1));
    }

    void proposalsWaitForTheScientist()
    {
        QTemporaryDir dir;
        FlagStore store(dir.filePath("review.db").toStdString());
        const std::string a = touch(dir, "a.fts"), b = touch(dir, "b.fts");
        const auto pa = store.propose({a, {}, {}}, FlagReason::Transient, {"detect.transients", 1, 12.0}, "12 lines");
        // A second run of the same detector replaces its open proposal.
        const auto pa2 = store.propose({a, {}, {}}, FlagReason::Transient, {"detect.transients", 1, 14.0}, "14 lines");
        const auto pb = store.propose({b, {}, {}}, FlagReason::CosmicRayStorm, {"detect.cosmic_rays", 1, 3.5});
        QVERIFY(pa != pa2);
        QCOMPARE(store.flags(FlagStatus::Proposed).size(), std::size_t(2));
        QVERIFY(store.flags(FlagStatus::Active).empty());
        QCOMPARE(store.marks().find("a.fts")->proposals, 1);
        store.accept(pa2);
        store.dismiss(pb);
        const auto active = store.flags(FlagStatus::Active);
        QCOMPARE(active.size(), std::size_t(1));
        QCOMPARE(active[0].source->id, std::string("detect.transients"));
        QCOMPARE(active[0].source->score, 14.0);
        QCOMPARE(store.flags(FlagStatus::Dismissed).size(), std::size_t(1));
        QVERIFY_THROWS_EXCEPTION(hb::Error, store.accept(pb));
        QVERIFY_THROWS_EXCEPTION(hb::Error, store.dismiss(pa));  // replaced, no longer exists
    }

    void marksFindPathsAndListedNames()
    {
        QTemporaryDir dir;
        FlagStore store(dir.filePath("review.db").toStdString());
        const std::string a = touch(dir, "day1/a.fts");
        store.markReviewed({a, {}, {}});
        Flag listed;
        listed.path = listed.name = "b.fts";
        listed.reason = FlagReason::Corrupted;
        QCOMPARE(store.addImported({listed}), std::size_t(1));
        QCOMPARE(store.addImported({listed}), std::size_t(0));  // already flagged
        const ReviewMarks marks = store.marks();
        QVERIFY(marks.find("day1/a.fts")->reviewed);
        QVERIFY(!marks.find("day1/a.fts")->flagged);
        QCOMPARE(marks.find("day2/b.fts")->flagged.value(), FlagReason::Corrupted);
        QVERIFY(!marks.find("day2/c.fts"));
        // Flagging the real file takes over the listed name's record.
        const std::string b = touch(dir, "day2/b.fts");
        store.flag({b, {}, {}}, FlagReason::Corrupted, "seen");
        QCOMPARE(store.flags().size(), std::size_t(1));
        QCOMPARE(store.flags()[0].path, std::string("day2/b.fts"));
    }

    void refusesOtherDatabasesAndNewerSchemas()
    {
        QTemporaryDir dir;
        const std::string other = dir.filePath("other.db").toStdString();
        {
            SqliteDatabase db(other);
            db.exec("CREATE TABLE t(x)");
        }
        try {
            FlagStore store(other);
            QFAIL("a foreign database was opened");
        } catch (const hb::Error& e) {
            QCOMPARE(e.file(), other);
            QVERIFY(e.problem().find("not a HelioBench review database") != std::string::npos);
        }
        const std::string newer = dir.filePath("newer.db").toStdString();
        { FlagStore store(newer); }
        {
            SqliteDatabase db(newer);
            db.exec("PRAGMA user_version=99");
        }
        QVERIFY_THROWS_EXCEPTION(hb::Error, FlagStore store(newer));
        const std::string notSqlite = touch(dir, "text.db");
        std::ofstream(notSqlite) << "observing log, not a database\n";
        QVERIFY_THROWS_EXCEPTION(hb::Error, FlagStore store(notSqlite));
        std::ifstream kept(notSqlite);
        std::string firstLine;
        std::getline(kept, firstLine);
        QCOMPARE(firstLine, std::string("observing log, not a database"));
    }

    void listsRoundTripInEveryFormat_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << "csv" << int(ListFormat::Csv);
        QTest::newRow("json") << "json" << int(ListFormat::Json);
        QTest::newRow("txt") << "txt" << int(ListFormat::Text);
    }

    void listsRoundTripInEveryFormat()
    {
        QFETCH(QString, extension);
        QFETCH(int, format);
        QTemporaryDir dir;
        FlagStore store(dir.filePath("review.db").toStdString());
        store.flag({touch(dir, "d/a.fts"), "2010-01-12T21:20:08", "LASCO C2"}, FlagReason::Transient,
                   "Venus, \"bright\"\nsecond line");
        const auto p = store.propose({touch(dir, "d/b.fts"), {}, {}}, FlagReason::CosmicRayStorm, {"detect.cosmic_rays", 2, 41.5});
        store.accept(p);
        const std::string list = dir.filePath("list." + extension).toStdString();
        {
            std::ofstream out(list, std::ios::binary);
            writeFlagList(store.flags(), static_cast<ListFormat>(format), out);
        }
        const auto read = readFlagList(list);
        QCOMPARE(read.size(), std::size_t(2));
        if (static_cast<ListFormat>(format) == ListFormat::Text) {
            QCOMPARE(read[0].name, std::string("a.fts"));
            QCOMPARE(read[0].reason, FlagReason::Corrupted);
            return;
        }
        QCOMPARE(read[0].path, std::string("d/a.fts"));
        QCOMPARE(read[0].note, std::string("Venus, \"bright\"\nsecond line"));
        QCOMPARE(read[0].reason, FlagReason::Transient);
        QVERIFY(!read[0].source);
        QCOMPARE(read[1].source->id, std::string("detect.cosmic_rays"));
        QCOMPARE(read[1].source->version, 2);
        QCOMPARE(read[1].source->score, 41.5);
        QCOMPARE(read[1].reason, FlagReason::CosmicRayStorm);
    }

    void badListsNameTheFileAndTheRow()
    {
        QTemporaryDir dir;
        const std::string csv = dir.filePath("bad.csv").toStdString();
        std::ofstream(csv) << "path,reason\na.fts,corrupted\nb.fts,sunburn\n";
        try {
            readFlagList(csv);
            QFAIL("an unknown reason was accepted");
        } catch (const hb::Error& e) {
            QCOMPARE(e.file(), csv);
            QVERIFY2(e.problem().find("row 3") != std::string::npos, e.problem().c_str());
            QVERIFY(e.problem().find("sunburn") != std::string::npos);
        }
        const std::string json = dir.filePath("bad.json").toStdString();
        std::ofstream(json) << "{\"flags\": [";
        QVERIFY_THROWS_EXCEPTION(hb::Error, readFlagList(json));
    }

    void rejectedFramesComeFromADatabaseOrAList()
    {
        QTemporaryDir dir;
        const std::string db = dir.filePath("review.db").toStdString();
        const std::string a = touch(dir, "d1/a.fts"), b = touch(dir, "d1/b.fts"), sameName = touch(dir, "d2/a.fts");
        {
            FlagStore store(db);
            store.flag({a, {}, {}}, FlagReason::Corrupted);
            store.propose({b, {}, {}}, FlagReason::Corrupted, {"detect.corrupted", 1, 9});  // a proposal rejects nothing
        }
        QVERIFY(RejectedFrames::isReviewDatabase(db));
        const RejectedFrames fromDb = RejectedFrames::load(db);
        QVERIFY(fromDb.contains(a));
        QVERIFY(!fromDb.contains(b));
        QVERIFY(!fromDb.contains(sameName));  // the database knows which a.fts
        const std::string txt = dir.filePath("list.txt").toStdString();
        std::ofstream(txt) << "# corrupted\n/elsewhere/b.fts\n\n";
        const RejectedFrames fromList = RejectedFrames::load(txt);
        QVERIFY(fromList.contains(b));
        QVERIFY(!fromList.contains(a));
        QVERIFY_THROWS_EXCEPTION(hb::Error, RejectedFrames::load(dir.filePath("absent.db").toStdString()));
    }

    // A burst of flags from another process, killed with SIGKILL: every flag it reported as
    // made is in the database afterwards.
    void killDuringABurstLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("review.db"));
        QProcess burst;
        burst.start(QStringLiteral(HB_FLAG_BURST_PATH), {db, dir.path()});
        QVERIFY2(burst.waitForStarted(), qPrintable(burst.errorString()));
        QStringList acknowledged;
        QByteArray pending;
        QElapsedTimer clock;
        clock.start();
        while (acknowledged.size() < 150 && clock.elapsed() < 60000) {
            burst.waitForReadyRead(1000);
            pending += burst.readAllStandardOutput();
            while (pending.contains('\n')) {
                const int end = pending.indexOf('\n');
                acknowledged << QString::fromUtf8(pending.left(end));
                pending.remove(0, end + 1);
            }
        }
        burst.kill();  // SIGKILL
        QVERIFY(burst.waitForFinished());
        QCOMPARE(burst.exitStatus(), QProcess::CrashExit);
        QVERIFY2(acknowledged.size() >= 150, qPrintable(QString::number(acknowledged.size())));
        pending += burst.readAllStandardOutput();  // lines written just before the kill count too
        for (const QByteArray& line : pending.split('\n'))
            if (!line.isEmpty())
                acknowledged << QString::fromUtf8(line);

        const FlagStore reopened(db.toStdString(), dir.path().toStdString());
        for (const QString& path : acknowledged) {
            const auto state = reopened.state(path.toStdString());
            QVERIFY2(state.active.has_value(), qPrintable(path + QStringLiteral(" was acknowledged but is lost")));
        }
        qInfo("%lld flags acknowledged in %lld ms before the kill; all found after reopening",
              static_cast<long long>(acknowledged.size()), static_cast<long long>(clock.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestFlagStore)
#include "tst_flag_store.moc"
