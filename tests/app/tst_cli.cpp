// heliobench-cli as scripts use it: exit codes, JSON Lines, messages naming files.
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
int simulateWithCli(const char* kind, const QString& dir, int count, int size, QByteArray* out, QByteArray* err = nullptr)
{
    return hb::test::runCli({QStringLiteral("simulate"), QString::fromLatin1(kind), QStringLiteral("--out"), dir, QStringLiteral("--count"),
                             QString::number(count), QStringLiteral("--size"), QString::number(size), QStringLiteral("--quiet")},
                            out, err);
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void scanGivesARecordForEveryFileAmongRandomBytes()
    {
        // Random bytes named .fits make CFITSIO quote garbage in its messages: fresh bytes each
        // run, and still one parseable record per file and no crash.
        QTemporaryDir dir;
        const auto good = hb::test::simulateInto(dir.path(), "cor2", 3, 64);
        QRandomGenerator random = QRandomGenerator::securelySeeded();
        constexpr int kRandomFiles = 40;
        for (int i = 0; i < kRandomFiles; ++i) {
            QByteArray bytes(2880 + static_cast<int>(random.bounded(9000)), Qt::Uninitialized);
            for (char& c : bytes)
                c = static_cast<char>(random.bounded(256));
            if (i % 2 == 0)
                bytes.replace(0, 9, "SIMPLE  =");  // gets CFITSIO further into the garbage
            QFile file(dir.filePath(QStringLiteral("random%1.fits").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QByteArray out, err;
        QCOMPARE(hb::test::runCli({QStringLiteral("scan"), dir.path(), QStringLiteral("--json")}, &out, &err), 1);
        QSet<QString> seen;
        int failed = 0;
        for (const QByteArray& line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError parse;
            const QJsonObject o = QJsonDocument::fromJson(line, &parse).object();
            QVERIFY2(parse.error == QJsonParseError::NoError, line.constData());
            seen.insert(QFileInfo(o.value(QStringLiteral("path")).toString()).fileName());
            failed += o.value(QStringLiteral("status")).toString() == QStringLiteral("error") ? 1 : 0;
        }
        QCOMPARE(seen.size(), kRandomFiles + 3);
        QCOMPARE(failed, kRandomFiles);
        // The messages are printable at their source: valid UTF-8 without control bytes, in the
        // JSON records and in the plain listing's error lines alike.
        const auto printable = [](const QByteArray& text) {
            if (QString::fromUtf8(text).toUtf8() != text)
                return false;
            return std::none_of(text.begin(), text.end(), [](char c) {
                const auto u = static_cast<unsigned char>(c);
                return (u < 0x20 && u != '\n') || u == 0x7F;
            });
        };
        QVERIFY2(printable(out), "scan --json printed bytes that are not printable text");
        QVERIFY(!QString::fromUtf8(out).contains(QChar(0xFFFD)));
        err.clear();
        QCOMPARE(hb::test::runCli({QStringLiteral("scan"), dir.path()}, nullptr, &err), 1);
        const QList<QByteArray> errorLines = err.split('\n');
        QCOMPARE(static_cast<int>(std::count_if(errorLines.begin(), errorLines.end(),
                                                [](const QByteArray& line) { return line.contains("random"); })),
                 kRandomFiles);
        QVERIFY2(printable(err), "scan printed error lines that are not printable text");
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("scan"), QStringLiteral("."), QStringLiteral("--bogus")};
        QTest::newRow("missing --out") << QStringList{QStringLiteral("simulate"), QStringLiteral("cor2")};
        QTest::newRow("bad kind") << QStringList{QStringLiteral("simulate"), QStringLiteral("cor9"), QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("bad count") << QStringList{QStringLiteral("simulate"), QStringLiteral("cor2"), QStringLiteral("--out"), QStringLiteral("x"), QStringLiteral("--count"), QStringLiteral("ten")};
    }
    void aPipelineInAnOrderThatMakesNoSenseIsRefused()
    {
        QTemporaryDir own;  // not in m_dir, which other tests scan whole
        const QString pipeline = own.filePath(QStringLiteral("senseless.json"));
        QFile file(pipeline);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "heliobench-pipeline", "format_version": 1, "name": "senseless", "steps": [{"id": "sequence.running_difference"}, {"id": "lasco.bias_exposure"}]})");
        file.close();
        const QString in = own.filePath(QStringLiteral("senseless-in"));
        QCOMPARE(simulateWithCli("lasco-c2", in, 2, 64, nullptr), 0);
        QByteArray err;
        QCOMPARE(hb::test::runCli({QStringLiteral("run"), pipeline, in, QStringLiteral("--out"), own.filePath(QStringLiteral("senseless-out"))},
                                  nullptr, &err),
                 1);
        QVERIFY2(err.contains("senseless.json") && err.contains("'Running difference'") && err.contains("'Subtract bias, normalise exposure'"),
                 err.constData());
        QVERIFY(!QDir(own.filePath(QStringLiteral("senseless-out"))).exists());
        err.clear();
        QCOMPARE(hb::test::runCli({QStringLiteral("movie"), in, QStringLiteral("--pipeline"), pipeline, QStringLiteral("--out"),
                                   own.filePath(QStringLiteral("senseless.mp4"))},
                                  nullptr, &err),
                 1);
        QVERIFY2(err.contains("order that makes no sense"), err.constData());
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QByteArray err;
        QCOMPARE(hb::test::runCli(args, nullptr, &err), 2);
        QVERIFY(err.contains("usage:"));
    }

    void simulateThenScan()
    {
        const QString dir = m_dir.filePath(QStringLiteral("c2"));
        QByteArray out;
        QCOMPARE(simulateWithCli("lasco-c2", dir, 4, 128, &out), 0);
        QCOMPARE(out.trimmed().split('\n').size(), 4);
        // Same seed again: refused, nothing overwritten.
        QByteArray err;
        QCOMPARE(simulateWithCli("lasco-c2", dir, 4, 128, nullptr, &err), 1);
        QVERIFY2(err.contains("exists"), err.constData());

        QFile bad(dir + QStringLiteral("/corrupt.fts"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("SIMPLE  = what");
        bad.close();
        out.clear();
        err.clear();
        QCOMPARE(hb::test::runCli({QStringLiteral("scan"), m_dir.path(), QStringLiteral("--json")}, &out, &err), 1);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        int errors = 0;
        for (const QByteArray& line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(o.contains(QStringLiteral("date_obs")));
            if (o.value(QStringLiteral("status")).toString() == QStringLiteral("error")) {
                ++errors;
                QVERIFY(o.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("corrupt.fts")));
                QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
            } else {
                QCOMPARE(o.value(QStringLiteral("detector")).toString(), QStringLiteral("C2"));
                QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("0.5"));
                QCOMPARE(o.value(QStringLiteral("mission")).toString(), QStringLiteral("SOHO"));
            }
        }
        QCOMPARE(errors, 1);
        QVERIFY(err.contains("corrupt.fts"));
    }

    void infoReportsHeaderAndStatistics()
    {
        const QString dir = m_dir.filePath(QStringLiteral("euvi"));
        QByteArray out;
        QCOMPARE(simulateWithCli("euvi", dir, 1, 64, &out), 0);
        const QString file = QString::fromUtf8(out.trimmed());
        out.clear();
        QCOMPARE(hb::test::runCli({QStringLiteral("info"), file, QStringLiteral("--json")}, &out), 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("detector")).toString(), QStringLiteral("EUVI"));
        QCOMPARE(o.value(QStringLiteral("statistics")).toObject().value(QStringLiteral("pixels")).toInt(), 64 * 64);
        QVERIFY(o.value(QStringLiteral("header")).toArray().size() > 50);

        QByteArray err;
        QCOMPARE(hb::test::runCli({QStringLiteral("info"), m_dir.filePath(QStringLiteral("absent.fts"))}, nullptr, &err), 1);
        QVERIFY(err.contains("absent.fts"));
        QVERIFY(err.contains("does not exist"));
    }

    void stepsListsEverySchema()
    {
        QByteArray out;
        QCOMPARE(hb::test::runCli({QStringLiteral("steps"), QStringLiteral("--json")}, &out), 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY(lines.size() >= 12);
        bool bias = false;
        for (const QByteArray& line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
            bias = bias || o.value(QStringLiteral("id")).toString() == QStringLiteral("secchi.bias");
        }
        QVERIFY(bias);
    }

    void runWritesProductsByDayAndReportsFailures()
    {
        const QString in = m_dir.filePath(QStringLiteral("run-in"));
        QByteArray out;
        QCOMPARE(simulateWithCli("lasco-c2", in, 3, 128, &out), 0);
        QFile broken(in + QStringLiteral("/broken.fts"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("SIMPLE  =                    T");
        broken.close();
        const QString pipeline = QStringLiteral(HB_SOURCE_DIR "/resources/pipelines/lasco-l1.json");
        const QString outDir = m_dir.filePath(QStringLiteral("run-out"));
        QByteArray err;
        out.clear();
        QCOMPARE(hb::test::runCli({QStringLiteral("run"), pipeline, in, QStringLiteral("--out"), outDir, QStringLiteral("--json")}, &out, &err), 1);
        QVERIFY2(err.contains("broken.fts"), err.constData());
        QVERIFY(err.contains("3 written"));
        const QStringList days = QDir(outDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(!days.isEmpty() && days.front().startsWith(QStringLiteral("2008-12-")));
        const QString product = QDir(outDir + QLatin1Char('/') + days.front()).entryInfoList({QStringLiteral("*.fts")}).front().filePath();
        QCOMPARE(hb::test::fitsverifyProblems(product), QStringList());
        // Run again: finished outputs are kept, not overwritten.
        QCOMPARE(hb::test::runCli({QStringLiteral("run"), pipeline, in, QStringLiteral("--out"), outDir}, nullptr, &err), 1);
        QVERIFY(err.contains("3 already there"));
    }

    // Flags made elsewhere (a mission's reject list) go into the database, come out as CSV and
    // JSON, and a run with --flags leaves the flagged frame out.
    void flagsImportExportAndRun()
    {
        const QString in = m_dir.filePath(QStringLiteral("flags-in"));
        QByteArray out, err;
        QCOMPARE(simulateWithCli("lasco-c2", in, 3, 128, &out), 0);
        const QStringList files = QDir(in).entryList({QStringLiteral("*.fts")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        const QString list = m_dir.filePath(QStringLiteral("reject.txt"));
        QFile listFile(list);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write("# bad frames\n/some/where/else/" + files[1].toUtf8() + "\n");
        listFile.close();
        const QString db = in + QStringLiteral("/heliobench-review.db");
        QCOMPARE(hb::test::runCli({QStringLiteral("flags"), QStringLiteral("import"), QStringLiteral("--db"), db, list}, nullptr, &err), 0);
        QVERIFY2(err.contains("1 of 1 entries imported"), err.constData());

        out.clear();
        QCOMPARE(hb::test::runCli({QStringLiteral("flags"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")}, &out), 0);
        const QJsonObject record = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(record.value(QStringLiteral("name")).toString(), files[1]);
        QCOMPARE(record.value(QStringLiteral("reason")).toString(), QStringLiteral("corrupted"));
        QCOMPARE(record.value(QStringLiteral("source")).toString(), QStringLiteral("manual"));

        const QString csv = m_dir.filePath(QStringLiteral("flags.csv"));
        QCOMPARE(hb::test::runCli({QStringLiteral("flags"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("--out"), csv}), 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith("path,name,frame_time"));
        QVERIFY(lines[1].contains(files[1].toUtf8()));
        // Never overwritten without being told.
        QCOMPARE(hb::test::runCli({QStringLiteral("flags"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("--out"), csv}, nullptr, &err), 1);
        QVERIFY(err.contains("flags.csv"));

        const QString pipeline = QStringLiteral(HB_SOURCE_DIR "/resources/pipelines/lasco-l1.json");
        const QString outDir = m_dir.filePath(QStringLiteral("flags-out"));
        out.clear();
        QCOMPARE(hb::test::runCli({QStringLiteral("run"), pipeline, in, QStringLiteral("--out"), outDir, QStringLiteral("--flags"), db,
                                   QStringLiteral("--json"), QStringLiteral("--layout"), QStringLiteral("flat")}, &out, &err), 0);
        int written = 0, skipped = 0;
        for (const QByteArray& line : out.trimmed().split('\n')) {
            const QJsonObject item = QJsonDocument::fromJson(line).object();
            const QString status = item.value(QStringLiteral("status")).toString();
            written += status == QStringLiteral("written");
            if (status == QStringLiteral("skipped")) {
                ++skipped;
                QVERIFY(item.value(QStringLiteral("input")).toString().endsWith(files[1]));
            }
        }
        QCOMPARE(written, 2);
        QCOMPARE(skipped, 1);
        QVERIFY(!QFile::exists(outDir + QLatin1Char('/') + files[1]));

        QCOMPARE(hb::test::runCli({QStringLiteral("flags"), QStringLiteral("list"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db"))}, nullptr, &err), 1);
        QVERIFY(err.contains("none.db"));
        QCOMPARE(hb::test::runCli({QStringLiteral("flags"), QStringLiteral("frobnicate")}, nullptr, &err), 2);
    }

    void backgroundThenMovieLeavesTheFlaggedFrameOut()
    {
        const QString in = m_dir.filePath(QStringLiteral("movie-in"));
        QCOMPARE(simulateWithCli("lasco-c2", in, 8, 256, nullptr), 0);
        QStringList files = QDir(in).entryList({QStringLiteral("*.fts")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 8);
        const QString backgrounds = m_dir.filePath(QStringLiteral("backgrounds"));
        QVERIFY(QDir().mkpath(backgrounds));
        QByteArray err;
        QCOMPARE(hb::test::runCli({QStringLiteral("background"), in, QStringLiteral("--out"), backgrounds, QStringLiteral("--statistic"),
                                   QStringLiteral("median"), QStringLiteral("--window"), QStringLiteral("day")}, nullptr, &err), 0);
        const QStringList made = QDir(backgrounds).entryList({QStringLiteral("background_*.fts")}, QDir::Files);
        QCOMPARE(made.size(), 1);
        QVERIFY2(err.contains("median of 8 frames"), err.constData());
        // Asked again, the background is not replaced.
        QCOMPARE(hb::test::runCli({QStringLiteral("background"), in, QStringLiteral("--out"), backgrounds, QStringLiteral("--window"),
                                   QStringLiteral("day")}, nullptr, &err), 1);
        QVERIFY(err.contains("exists already"));

        // A pipeline dividing by that folder of backgrounds, and a reject list naming frame 3.
        const QString pipeline = m_dir.filePath(QStringLiteral("ratio.json"));
        QFile json(pipeline);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QStringLiteral(R"({"format": "heliobench-pipeline", "format_version": 1, "name": "ratio", "steps": [
            {"id": "sequence.background", "version": 1, "parameters": {"file": "%1", "mode": "ratio"}}]})")
                       .arg(backgrounds)
                       .toUtf8());
        json.close();
        const QString list = m_dir.filePath(QStringLiteral("reject.txt"));
        QFile reject(list);
        QVERIFY(reject.open(QIODevice::WriteOnly));
        reject.write(files[3].toUtf8() + "\n");
        reject.close();

        const QString movie = m_dir.filePath(QStringLiteral("ratio.mp4"));
        QByteArray out;
        QCOMPARE(hb::test::runCli({QStringLiteral("movie"), in, QStringLiteral("--pipeline"), pipeline, QStringLiteral("--out"), movie,
                                   QStringLiteral("--flags"), list, QStringLiteral("--fps"), QStringLiteral("8"), QStringLiteral("--json")},
                                  &out, &err),
                 0);
        QByteArray probe;
        QCOMPARE(hb::test::runProgram(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                                                  QStringLiteral("-show_entries"), QStringLiteral("stream=codec_name,nb_read_frames,r_frame_rate"),
                                                                  QStringLiteral("-of"), QStringLiteral("csv=p=0"), movie},
                                         &probe),
                 0);
        QCOMPARE(probe.trimmed(), QByteArray("h264,8/1,7"));
        int flagged = 0;
        for (const QByteArray& line : out.trimmed().split('\n')) {
            const QJsonObject frame = QJsonDocument::fromJson(line).object();
            if (frame.value(QStringLiteral("status")).toString() == QStringLiteral("flagged")) {
                ++flagged;
                QVERIFY(frame.value(QStringLiteral("file")).toString().endsWith(files[3]));
                QVERIFY(frame.value(QStringLiteral("movie_frame")).isNull());
            }
        }
        QCOMPARE(flagged, 1);
        QFile frameList(movie + QStringLiteral(".frames.csv"));
        QVERIFY(frameList.open(QIODevice::ReadOnly));
        QCOMPARE(frameList.readAll().count("\n"), 9);

        // Two sequences in the inputs: the movie names them and asks which.
        const QString cor2 = m_dir.filePath(QStringLiteral("movie-in/cor2"));
        QCOMPARE(simulateWithCli("cor2", cor2, 2, 256, nullptr), 0);
        QCOMPARE(hb::test::runCli({QStringLiteral("movie"), in, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("two.gif"))}, nullptr, &err), 2);
        QVERIFY2(err.contains("--sequence") && err.contains("LASCO C2") && err.contains("SECCHI COR2"), err.constData());
        const qsizetype labelAt = err.indexOf("'LASCO C2");
        const QString label = QString::fromUtf8(err.mid(labelAt + 1, err.indexOf('\'', labelAt + 1) - labelAt - 1));
        // Chosen by its label, the sequence would make the movie again; the movie is there and is kept.
        const QByteArray before = hb::test::fileHash(movie).toLatin1();
        QCOMPARE(hb::test::runCli({QStringLiteral("movie"), in, QStringLiteral("--sequence"), label, QStringLiteral("--out"), movie}, nullptr, &err), 1);
        QVERIFY2(err.contains("exists already"), err.constData());
        QCOMPARE(hb::test::fileHash(movie).toLatin1(), before);
    }

    void truncatedFrameIsNamedAndListedAsFailed()
    {
        // A frame cut off in its data (a download that stopped): its header still groups it with
        // the others, its pixels cannot be read. The movie is made of the rest, the run exits 1,
        // and the error and the frame list name the file.
        const QString in = m_dir.filePath(QStringLiteral("truncated-in"));
        QCOMPARE(simulateWithCli("lasco-c2", in, 4, 256, nullptr), 0);
        const QStringList files = QDir(in).entryList({QStringLiteral("*.fts")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 4);
        const QString cut = QDir(in).filePath(files[2]);
        QFile file(cut);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray start = file.read(64 * 2880);
        // Cut 1,000 bytes into its data: not one whole record of pixels is left.
        QVERIFY(file.resize(start.indexOf("END     ") / 2880 * 2880 + 2880 + 1000));
        file.close();
        const QString hashBefore = hb::test::fileHash(cut);
        // The scan lists it, damaged.
        QByteArray scanned;
        QCOMPARE(hb::test::runCli({QStringLiteral("scan"), in, QStringLiteral("--json")}, &scanned, nullptr), 0);
        bool damaged = false;
        for (const QByteArray& line : scanned.split('\n'))
            damaged |= line.contains(files[2].toUtf8()) && line.contains("\"damaged\":\"the file is cut short");
        QVERIFY2(damaged, scanned.constData());

        const QString movie = m_dir.filePath(QStringLiteral("truncated.avi"));
        QByteArray err;
        QCOMPARE(hb::test::runCli({QStringLiteral("movie"), in, QStringLiteral("--out"), movie}, nullptr, &err), 1);
        QVERIFY2(err.contains(files[2].toUtf8()), err.constData());
        QByteArray probe;
        QCOMPARE(hb::test::runProgram(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                                                  QStringLiteral("-show_entries"), QStringLiteral("stream=nb_read_frames"),
                                                                  QStringLiteral("-of"), QStringLiteral("csv=p=0"), movie},
                                         &probe),
                 0);
        QCOMPARE(probe.trimmed(), QByteArray("3"));
        QFile frameList(movie + QStringLiteral(".frames.csv"));
        QVERIFY(frameList.open(QIODevice::ReadOnly));
        const QByteArray rows = frameList.readAll();
        bool listed = false;
        for (const QByteArray& row : rows.split('\n'))
            listed = listed || (row.contains(files[2].toUtf8()) && row.contains("failed"));
        QVERIFY2(listed, rows.constData());

        const QString backgrounds = m_dir.filePath(QStringLiteral("truncated-backgrounds"));
        QVERIFY(QDir().mkpath(backgrounds));
        QCOMPARE(hb::test::runCli({QStringLiteral("background"), in, QStringLiteral("--out"), backgrounds}, nullptr, &err), 1);
        QVERIFY2(err.contains(files[2].toUtf8()), err.constData());
        QCOMPARE(hb::test::fileHash(cut), hashBefore);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
