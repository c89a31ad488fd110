#include "core/fits_date.h"

#include <QTest>

class TestFitsDate : public QObject {
    Q_OBJECT
private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso") << "2007-05-03T10:20:18.005" << "" << "2007-05-03T10:20:18.005";
        QTest::newRow("lasco slashed + TIME-OBS") << "2002/05/21" << "00:18:06.516" << "2002-05-21T00:18:06.516";
        QTest::newRow("lasco DATE with time") << "2002/06/06 23:03:55.204" << "" << "2002-06-06T23:03:55.204";
        QTest::newRow("iso date + TIME-OBS") << "2004-03-01" << "00:00:10" << "2004-03-01T00:00:10.000";
        QTest::newRow("old dd/mm/yy") << "21/05/98" << "12:00:00" << "1998-05-21T12:00:00.000";
        QTest::newRow("eit dd-MON-yy") << "11-DEC-96" << "19:00:14" << "1996-12-11T19:00:14.000";
        QTest::newRow("eit 2000s") << "01-mar-04" << "" << "2004-03-01T00:00:00.000";
    }
    void forms()
    {
        QFETCH(QString, date);
        QFETCH(QString, time);
        QFETCH(QString, iso);
        const auto t = hb::parseFitsDate(date.toStdString(), time.toStdString());
        QVERIFY2(t.has_value(), qPrintable(date));
        QCOMPARE(QString::fromStdString(t->toIso(3)), iso);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("time");
        QTest::newRow("garbage") << "yesterday" << "";
        QTest::newRow("bad month name") << "11-XYZ-96" << "";
        QTest::newRow("bad time of day") << "2002/05/21" << "25:00:00";
        QTest::newRow("month 00") << "2002/00/21" << "";
    }
    void rejects()
    {
        QFETCH(QString, date);
        QFETCH(QString, time);
        QVERIFY(!hb::parseFitsDate(date.toStdString(), time.toStdString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestFitsDate)
#include "tst_fits_date.moc"
