// The decimation pyramid: few points at any zoom, nothing lost that a pixel would show, breaks at gaps.
#include "core/series_pyramid.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace {

constexpr std::int64_t kStep = 125'000'000;  // 8 Hz
constexpr std::int64_t kGap = 3 * kStep / 2;

struct Day {
    std::vector<std::int64_t> time;
    std::vector<double> value;
};

// A random walk at 8 Hz with a spike, a 20-minute gap and a 5-minute run of fill values.
Day day(std::size_t samples)
{
    Day d;
    std::mt19937_64 rng(7);
    std::normal_distribution<double> step(0.0, 0.05);
    double v = 5;
    std::int64_t t = 0;
    for (std::size_t i = 0; i < samples; ++i) {
        if (i == samples / 3)
            t += 20 * 60 * 1'000'000'000LL;  // the gap
        v += step(rng);
        d.time.push_back(t);
        d.value.push_back(v);
        t += kStep;
    }
    d.value[samples / 2] += 300.0;  // the spike
    for (std::size_t i = 2 * samples / 3; i < 2 * samples / 3 + 2400; ++i)
        d.value[i] = std::numeric_limits<double>::quiet_NaN();  // 5 minutes of fill
    return d;
}

std::size_t breaks(const hb::DecimatedPoints& p)
{
    return static_cast<std::size_t>(std::count_if(p.value.begin(), p.value.end(), [](double v) { return std::isnan(v); }));
}

} // namespace

class TestSeriesPyramid : public QObject {
    Q_OBJECT
private slots:
    void aWholeDayIsAFewPointsPerPixelWithItsSpikeAndBreaks()
    {
        const Day d = day(691200);
        const hb::SeriesPyramid pyramid(d.time, d.value, kGap);
        const int pixels = 1600;
        const auto p = pyramid.query(d.time, d.value, d.time.front(), d.time.back(), pixels);
        QVERIFY(!p.raw);
        QVERIFY2(p.value.size() <= 2 * pixels + 16, qPrintable(QString::number(p.value.size())));
        QVERIFY(p.value.size() >= pixels / 2);
        QCOMPARE(breaks(p), std::size_t(2));  // the gap and the fill run, both wider than a pixel
        QVERIFY(std::is_sorted(p.time.begin(), p.time.end()));
        // The envelope survives: the spike and the overall minimum are among the points.
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const double v : d.value)
            if (!std::isnan(v))
                lo = std::min(lo, v), hi = std::max(hi, v);
        QCOMPARE(*std::max_element(p.value.begin(), p.value.end(), [](double a, double b) { return std::isnan(a) || (!std::isnan(b) && a < b); }), hi);
        QVERIFY(std::find(p.value.begin(), p.value.end(), lo) != p.value.end());
        // The pyramid is small next to the column it decimates.
        QVERIFY(pyramid.bytes() <= d.value.size() * 2 + 1024);
    }

    void everyZoomStaysWithinTwoPointsPerPixelAndKeepsEachPixelsExtremes()
    {
        const Day d = day(200000);
        const hb::SeriesPyramid pyramid(d.time, d.value, kGap);
        const int pixels = 400;
        for (const std::int64_t span : {std::int64_t(60) * 1'000'000'000, std::int64_t(3600) * 1'000'000'000, std::int64_t(6 * 3600) * 1'000'000'000}) {
            const std::int64_t from = d.time[d.time.size() / 2] - span / 2, to = from + span;
            const auto p = pyramid.query(d.time, d.value, from, to, pixels);
            QVERIFY2(p.value.size() - breaks(p) <= 2 * static_cast<std::size_t>(pixels) + 8, qPrintable(QString::number(p.value.size())));
            // Each drawn point is a real sample, and the range's maximum is drawn.
            double hi = -std::numeric_limits<double>::infinity();
            for (std::size_t i = 0; i < d.time.size(); ++i)
                if (d.time[i] >= from && d.time[i] <= to && !std::isnan(d.value[i]))
                    hi = std::max(hi, d.value[i]);
            QVERIFY(std::find(p.value.begin(), p.value.end(), hi) != p.value.end());
            for (std::size_t i = 0; i < p.time.size(); ++i) {
                if (std::isnan(p.value[i]))
                    continue;
                const auto at = std::lower_bound(d.time.begin(), d.time.end(), p.time[i]);
                QVERIFY(at != d.time.end() && *at == p.time[i]);
                QCOMPARE(d.value[static_cast<std::size_t>(at - d.time.begin())], p.value[i]);
            }
        }
    }

    void aNarrowRangeIsItsSamplesWithBreaksAtGapsOnly()
    {
        const Day d = day(200000);
        const hb::SeriesPyramid pyramid(d.time, d.value, kGap);
        const std::size_t gapAt = d.time.size() / 3;
        const auto p = pyramid.query(d.time, d.value, d.time[gapAt - 100], d.time[gapAt + 100], 1000);
        QVERIFY(p.raw);
        QCOMPARE(p.value.size(), std::size_t(203 + 1));  // the samples, one past each edge, and the break
        QCOMPARE(breaks(p), std::size_t(1));
    }

    void emptyAndSingleSampleSeries()
    {
        const std::vector<std::int64_t> none;
        const std::vector<double> nothing;
        const hb::SeriesPyramid empty(none, nothing, kGap);
        QVERIFY(empty.query(none, nothing, 0, 100, 10).value.empty());
        const std::vector<std::int64_t> one{5};
        const std::vector<double> value{1.5};
        const hb::SeriesPyramid single(one, value, kGap);
        QCOMPARE(single.query(one, value, 0, 10, 10).value, value);
        const std::vector<double> fill{std::numeric_limits<double>::quiet_NaN()};
        QVERIFY(hb::SeriesPyramid(one, fill, kGap).query(one, fill, 0, 10, 10).value.empty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesPyramid)
#include "tst_series_pyramid.moc"
