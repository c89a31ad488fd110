#include "image_view.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

class TestImageView : public QObject {
    Q_OBJECT
private:
    static QImage picture(int w, int h)
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(Qt::gray);
        return image;
    }

private slots:
    void fitsAndFlipsY()
    {
        hb::widgets::ImageView view;
        view.resize(400, 200);
        view.show();
        view.setPicture(picture(100, 100));
        QVERIFY(view.fitsWindow());
        QCOMPARE(view.zoom(), 2.0);  // the height limits: 200 / 100
        // Image (0, 0) is the FITS first row: drawn at the bottom-left.
        const QPointF bottomLeft = view.widgetAt(QPointF(0, 0));
        QVERIFY(bottomLeft.y() > 190);
        const QPointF back = view.imageAt(view.widgetAt(QPointF(12.0, 77.0)));
        QVERIFY(std::fabs(back.x() - 12.0) < 1e-9 && std::fabs(back.y() - 77.0) < 1e-9);
    }

    void zoomKeepsTheAnchorStill()
    {
        hb::widgets::ImageView view;
        view.resize(300, 300);
        view.show();
        view.setPicture(picture(64, 64));
        QSignalSpy zoomed(&view, &hb::widgets::ImageView::zoomChanged);
        const QPointF anchor(100, 120);
        const QPointF before = view.imageAt(anchor);
        view.setZoom(view.zoom() * 3.0, anchor);
        const QPointF after = view.imageAt(anchor);
        QVERIFY(std::fabs(before.x() - after.x()) < 1e-9 && std::fabs(before.y() - after.y()) < 1e-9);
        QVERIFY(!view.fitsWindow());
        QVERIFY(zoomed.count() >= 1);
        view.setZoom(1e6);
        QCOMPARE(view.zoom(), 64.0);  // clamped
    }

    void dragPansAndHoverReportsImageCoordinates()
    {
        hb::widgets::ImageView view;
        view.resize(300, 300);
        view.show();
        view.setPicture(picture(100, 100));
        view.setZoom(4.0);
        QSignalSpy hovered(&view, &hb::widgets::ImageView::hovered);
        const QPointF before = view.imageAt(QPointF(150, 150));
        QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(150, 150));
        QTest::mouseMove(&view, QPoint(190, 150));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(190, 150));
        const QPointF after = view.imageAt(QPointF(150, 150));
        QVERIFY(std::fabs((before.x() - after.x()) - 10.0) < 1e-9);  // 40 widget pixels at 4x
        QVERIFY(hovered.count() >= 1);
    }
};

QTEST_MAIN(TestImageView)
#include "tst_image_view.moc"
