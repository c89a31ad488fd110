#include "histogram_view.h"
#include "render/histogram.h"

#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

class TestHistogramView : public QObject {
    Q_OBJECT
private slots:
    void histogramCountsShownPixels()
    {
        hb::Image image(10, 10);
        for (std::size_t i = 0; i < image.pixelCount(); ++i)
            image.pixels()[i] = static_cast<float>(i);  // 0..99
        image.pixels()[5] = std::numeric_limits<float>::quiet_NaN();
        image.addMask(6, 0, hb::bits(hb::MaskBit::OutsideFov));
        const auto h = hb::render::computeHistogram(image, 10.0, 60.0, 5);
        QCOMPARE(h.counts, (std::vector<double>{10, 10, 10, 10, 10}));
        QCOMPARE(h.below, 8.0);  // 0..9 less the NaN and the masked pixel
        QCOMPARE(h.above, 40.0);
    }

    void aNewViewDrawsNoLimitLines()
    {
        hb::widgets::HistogramView view;
        int visible = 0;
        for (int i = 0; i < view.plot()->itemCount(); ++i)
            visible += view.plot()->item(i)->visible();
        QCOMPARE(visible, 0);
        view.setLimits(1, 2);
        for (int i = 0; i < view.plot()->itemCount(); ++i)
            visible += view.plot()->item(i)->visible();
        QCOMPARE(visible, 2);
    }

    void draggingALineEmitsNewLimits()
    {
        hb::widgets::HistogramView view;
        view.resize(500, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        hb::Image image(64, 64);
        for (std::size_t i = 0; i < image.pixelCount(); ++i)
            image.pixels()[i] = static_cast<float>(i % 1000);
        view.setHistogram(hb::render::computeHistogram(image, 0.0, 1000.0, 100));
        view.setLimits(200.0, 800.0);
        view.plot()->replot();
        QSignalSpy changed(&view, &hb::widgets::HistogramView::limitsChanged);
        const int y = view.plot()->height() / 2;
        const int x = static_cast<int>(view.plot()->xAxis->coordToPixel(200.0));
        const int to = static_cast<int>(view.plot()->xAxis->coordToPixel(400.0));
        QTest::mousePress(view.plot(), Qt::LeftButton, {}, QPoint(x, y));
        QMouseEvent move(QEvent::MouseMove, QPointF(to, y), view.plot()->mapToGlobal(QPointF(to, y)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.plot(), &move);
        QTest::mouseRelease(view.plot(), Qt::LeftButton, {}, QPoint(to, y));
        QCOMPARE(changed.count(), 1);
        QVERIFY(std::fabs(changed.front()[0].toDouble() - 400.0) < 10.0);
        QCOMPARE(changed.front()[1].toDouble(), 800.0);

        // A frame without pixels: nothing drawn, nothing to drag.
        view.clear();
        QVERIFY(view.plot()->graph(0)->data()->isEmpty());
        const int lowAt = static_cast<int>(view.plot()->xAxis->coordToPixel(view.low()));
        QTest::mousePress(view.plot(), Qt::LeftButton, {}, QPoint(lowAt, y));
        QTest::mouseRelease(view.plot(), Qt::LeftButton, {}, QPoint(lowAt + 40, y));
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestHistogramView)
#include "tst_histogram_view.moc"
