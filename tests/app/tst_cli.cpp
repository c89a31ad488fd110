// heliobench-cli as scripts use it: exit codes, JSON Lines, messages naming files.
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
