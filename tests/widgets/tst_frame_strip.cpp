#include "frame_strip.h"

#include <QSignalSpy>
#include <QTest>

class TestFrameStrip : public QObject {
    Q_OBJECT
private slots:
    void gapsAndSelection()
    {
        const std::int64_t minute = 60'000'000'000;
        // A 15-minute cadence with one hour missing after the third frame.
        std::vector<std::int64_t> times{0, 15 * minute, 30 * minute, 90 * minute, 105 * minute, 120 * minute};
        hb::widgets::FrameStrip strip;
        strip.resize(600, 40);
        strip.show();
        strip.setTimes(times);
        const auto gaps = strip.gaps();
        QCOMPARE(gaps.size(), std::size_t{1});
        QCOMPARE(gaps.front(), (std::pair<int, int>{2, 3}));
        QSignalSpy selected(&strip, &hb::widgets::FrameStrip::frameSelected);
        QTest::mouseClick(&strip, Qt::LeftButton, {}, QPoint(strip.width() - 5, 20));  // the right end
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.front().front().toInt(), 5);
        QCOMPARE(strip.current(), 5);
        strip.setCurrent(99);  // out of range: ignored
        QCOMPARE(strip.current(), 5);
    }
};

QTEST_MAIN(TestFrameStrip)
#include "tst_frame_strip.moc"
