#include "core/error.h"
#include "core/time_series.h"
#include "core/utc_time.h"

#include <QTest>

class TestTimeSeries : public QObject {
    Q_OBJECT
private slots:
    void columnsMustMatchTheTimeAxis()
    {
        const std::int64_t t0 = hb::tt2000FromUtc(hb::UtcTime::fromCivil(2008, 12, 12));
        hb::TimeSeries ts({t0, t0 + 125'000'000, t0 + 250'000'000});
        ts.addColumn({"BR", "nT", "RTN", {1.0, 2.0, 3.0}});
        QCOMPARE(ts.size(), std::size_t{3});
        QVERIFY(ts.column("BR"));
        QCOMPARE(ts.column("BR")->unit, std::string("nT"));
        QVERIFY(!ts.column("BT"));
        QVERIFY_THROWS_EXCEPTION(hb::Error, ts.addColumn({"BT", "nT", "RTN", {1.0}}));
        QVERIFY_THROWS_EXCEPTION(hb::Error, ts.setQuality({0}));
        ts.setQuality({0, 1, 0});
        QCOMPARE(ts.quality()[1], std::uint8_t{1});
    }

    void timeMustIncrease()
    {
        QVERIFY_THROWS_EXCEPTION(hb::Error, hb::TimeSeries({10, 10}));
        QVERIFY_THROWS_EXCEPTION(hb::Error, hb::TimeSeries({10, 5}));
    }
};

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_time_series.moc"
