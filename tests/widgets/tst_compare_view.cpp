#include "compare_view.h"
#include "image_view.h"

#include <QTest>

class TestCompareView : public QObject {
    Q_OBJECT
private:
    static QImage filled(QColor c)
    {
        QImage image(100, 50, QImage::Format_RGB32);
        image.fill(c);
        return image;
    }

private slots:
    void modes()
    {
        hb::widgets::CompareView view;
        view.resize(600, 300);
        view.show();
        view.setPictures(filled(Qt::red), filled(Qt::blue), filled(Qt::gray));
        // Side by side: zoom on the left follows on the right.
        view.left()->setZoom(3.0);
        QCOMPARE(view.right()->zoom(), 3.0);
        // Wipe: A left of the split, B right of it.
        view.setMode(hb::widgets::CompareView::Mode::Wipe);
        view.setWipePosition(0.3);
        QCOMPARE(view.shownPicture().pixelColor(10, 25), QColor(Qt::red));
        QCOMPARE(view.shownPicture().pixelColor(90, 25), QColor(Qt::blue));
        // Blink alternates A and B.
        view.setBlinkInterval(20);
        view.setMode(hb::widgets::CompareView::Mode::Blink);
        const QColor first = view.shownPicture().pixelColor(50, 25);
        QTRY_VERIFY_WITH_TIMEOUT(view.shownPicture().pixelColor(50, 25) != first, 2000);
        view.setMode(hb::widgets::CompareView::Mode::Difference);
        QCOMPARE(view.shownPicture().pixelColor(50, 25), QColor(Qt::gray));
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compare_view.moc"
