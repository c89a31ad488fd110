// heliobench-cli on CDF files: info describes one, series writes a variable of several as a table.
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliCdf : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { HB_REQUIRE_SHARED_DATA(); }

    void infoDescribesACdfFile()
    {
        const QString psp = QString::fromStdString(hb::test::sharedData("cdf/psp_fld_l2_mag_rtn_1min_20200104_v02.cdf"));
        QByteArray out;
        QCOMPARE(hb::test::runCli({QStringLiteral("info"), psp, QStringLiteral("--json")}, &out), 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("CDF"));
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("3.7.1"));
        QCOMPARE(o.value(QStringLiteral("majority")).toString(), QStringLiteral("column"));
        const QJsonArray range = o.value(QStringLiteral("time_range")).toArray();
        QCOMPARE(range.at(0).toString(), QStringLiteral("2020-01-04T02:33:30.000000000"));
        QCOMPARE(range.at(1).toString(), QStringLiteral("2020-01-04T19:33:30.000000000"));
        QCOMPARE(o.value(QStringLiteral("global_attributes")).toObject().value(QStringLiteral("Logical_source")).toArray().at(0).toString(),
                 QStringLiteral("psp_fld_l2_mag_RTN_1min"));
        const QJsonArray variables = o.value(QStringLiteral("variables")).toArray();
        QCOMPARE(variables.size(), 6);
        const QJsonObject field = variables.at(1).toObject();
        QCOMPARE(field.value(QStringLiteral("name")).toString(), QStringLiteral("psp_fld_l2_mag_RTN_1min"));
        QCOMPARE(field.value(QStringLiteral("records")).toInt(), 118);
        QCOMPARE(field.value(QStringLiteral("compression")).toString(), QStringLiteral("GZIP"));
        QCOMPARE(field.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("UNITS")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("nT"));

        // A CDF cut in half: exit 1, the file named, the problem said.
        QFile in(psp);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cut.cdf"));
        QFile outFile(cut);
        QVERIFY(outFile.open(QIODevice::WriteOnly));
        outFile.write(bytes.left(bytes.size() / 2));
        outFile.close();
        QByteArray err;
        out.clear();
        QCOMPARE(hb::test::runCli({QStringLiteral("info"), cut, QStringLiteral("--json")}, &out, &err), 1);
        QVERIFY2(err.contains("cut.cdf") && err.contains("past the end"), err.constData());
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    }

    void seriesWritesOneVariableOfCdfFilesAsATable()
    {
        const QString psp = QString::fromStdString(hb::test::sharedData("cdf/psp_fld_l2_mag_rtn_1min_20200104_v02.cdf"));
        const QString var = QStringLiteral("psp_fld_l2_mag_RTN_1min");
        QByteArray out;
        QCOMPARE(hb::test::runCli({QStringLiteral("series"), psp, QStringLiteral("--var"), var}, &out), 0);
        const QList<QByteArray> rows = out.trimmed().split('\n');
        QCOMPARE(rows.size(), 1 + 118);
        QCOMPARE(rows[0], QByteArray("time,B_R,B_T,B_N"));
        QCOMPARE(rows[1], QByteArray("2020-01-04T02:33:30.000000000,,,"));  // the NaN record: fill values empty
        // Values in the shortest form that reads back to the same float.
        const QList<QByteArray> second = rows[2].split(',');
        QCOMPARE(second[0], QByteArray("2020-01-04T02:34:30.000000000"));
        QCOMPARE(second[1].toFloat(), -4.2466445f);
        QVERIFY(second[1].size() <= 11);

        // Two files with the same day overlap: each sample once. A file of random bytes among
        // them is reported, and the table is still written (exit 1 says something failed).
        const QString folder = m_dir.filePath(QStringLiteral("series"));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(psp, folder + QStringLiteral("/a.cdf")));
        QVERIFY(QFile::copy(psp, folder + QStringLiteral("/b.cdf")));
        QFile junk(folder + QStringLiteral("/c.cdf"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray::fromHex("CDF30001CCCC0001") + QByteArray(300, '\x7f'));
        junk.close();
        const QString table = m_dir.filePath(QStringLiteral("b.jsonl"));
        QByteArray err;
        QCOMPARE(hb::test::runCli({QStringLiteral("series"), folder, QStringLiteral("--var"), var, QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--start"), QStringLiteral("2020-01-04T19:00"),
                                   QStringLiteral("--out"), table},
                                  nullptr, &err),
                 1);
        QVERIFY2(err.contains("c.cdf"), err.constData());
        QFile written(table);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 34);  // 19:00:30 .. 19:33:30, once each
        const QJsonObject first = QJsonDocument::fromJson(lines.front()).object();
        QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2020-01-04T19:00:30.000000000"));
        QVERIFY(first.value(QStringLiteral("B_T")).isDouble());
        // An existing table is not replaced unless asked.
        QCOMPARE(hb::test::runCli({QStringLiteral("series"), psp, QStringLiteral("--var"), var, QStringLiteral("--out"), table}, nullptr, &err), 1);
        QCOMPARE(hb::test::runCli({QStringLiteral("series"), psp, QStringLiteral("--var"), QStringLiteral("nothing")}, nullptr, &err), 1);
        QVERIFY2(err.contains("has no variable nothing"), err.constData());
    }

};

QTEST_GUILESS_MAIN(TestCliCdf)
#include "tst_cli_cdf.moc"
