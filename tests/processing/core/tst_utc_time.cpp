#include "core/fits_date.h"
#include "core/utc_time.h"

#include <QTest>

using hb::UtcTime;

class TestUtcTime : public QObject {
    Q_OBJECT
private slots:
    void parsesIso_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("full") << "2007-05-03T10:20:18.005" << "2007-05-03T10:20:18.005";
        QTest::newRow("zulu") << "2009-01-28T00:35:32.428Z" << "2009-01-28T00:35:32.428";
        QTest::newRow("space") << "2002-06-06 23:03:55.204" << "2002-06-06T23:03:55.204";
        QTest::newRow("minutes") << "2011-09-10T11:47" << "2011-09-10T11:47:00.000";
        QTest::newRow("date only") << "2004-03-01" << "2004-03-01T00:00:00.000";
        QTest::newRow("two fraction digits") << "2011-02-15T00:00:00.34" << "2011-02-15T00:00:00.340";
        QTest::newRow("leap day") << "2008-02-29T12:00:00" << "2008-02-29T12:00:00.000";
    }
    void parsesIso()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto t = UtcTime::parseIso(text.toStdString());
        QVERIFY(t.has_value());
        QCOMPARE(QString::fromStdString(t->toIso(3)), iso);
    }

    void rejectsBadIso_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("month 13") << "2007-13-03T10:20:18";
        QTest::newRow("day 30 feb") << "2007-02-30";
        QTest::newRow("hour 24") << "2007-05-03T24:00:00";
        QTest::newRow("letters") << "abc";
        QTest::newRow("empty") << "";
        QTest::newRow("slashes") << "2002/05/21";
        QTest::newRow("trailing junk") << "2007-05-03T10:20:18x";
    }
    void rejectsBadIso()
    {
        QFETCH(QString, text);
        QVERIFY(!UtcTime::parseIso(text.toStdString()).has_value());
    }

    void roundsWithoutCarryingToSixty()
    {
        const auto t = UtcTime::parseIso("2010-12-31T23:59:59.9996");
        QVERIFY(t);
        QCOMPARE(QString::fromStdString(t->toIso(3)), QStringLiteral("2011-01-01T00:00:00.000"));
        QCOMPARE(QString::fromStdString(t->dayString()), QStringLiteral("2010-12-31"));
    }

    void leapSeconds()
    {
        QCOMPARE(hb::leapSecondsAt(UtcTime::fromCivil(1999, 1, 1)), 32);
        QCOMPARE(hb::leapSecondsAt(UtcTime::fromCivil(2008, 12, 31, 23, 59, 59)), 33);
        QCOMPARE(hb::leapSecondsAt(UtcTime::fromCivil(2009, 1, 1)), 34);
        QCOMPARE(hb::leapSecondsAt(UtcTime::fromCivil(2020, 1, 4)), 37);
    }

    void tt2000Epoch()
    {
        // J2000 (2000-01-01T12:00:00 TT) is 2000-01-01T11:58:55.816 UTC.
        const auto j2000 = UtcTime::parseIso("2000-01-01T11:58:55.816");
        QVERIFY(j2000);
        QCOMPARE(hb::tt2000FromUtc(*j2000), std::int64_t{0});
    }

    void tt2000RoundTripAcrossLeapSecond()
    {
        for (const char* text : {"2008-12-31T23:59:58", "2009-01-01T00:00:01", "2017-01-01T00:00:00.5", "1996-12-11T19:00:14.254"}) {
            const UtcTime t = *UtcTime::parseIso(text);
            QCOMPARE(hb::utcFromTt2000(hb::tt2000FromUtc(t)).nanoseconds, t.nanoseconds);
        }
        // Across the 2008/2009 leap second two UTC seconds are three TT seconds apart.
        const auto a = hb::tt2000FromUtc(*UtcTime::parseIso("2008-12-31T23:59:59"));
        const auto b = hb::tt2000FromUtc(*UtcTime::parseIso("2009-01-01T00:00:00"));
        QCOMPARE(b - a, std::int64_t{2'000'000'000});
    }

    void jsocTaiTime()
    {
        const auto t = hb::parseJsocTaiTime("2010.10.15_23:01:00.000_TAI");
        QVERIFY(t);
        QCOMPARE(QString::fromStdString(t->toIso(3)), QStringLiteral("2010-10-15T23:00:26.000"));  // TAI - 34 s
        QVERIFY(!hb::parseJsocTaiTime("2010.10.15_23:01:00").has_value());
    }
};

QTEST_GUILESS_MAIN(TestUtcTime)
#include "tst_utc_time.moc"
