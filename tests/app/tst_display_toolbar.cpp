#include "workspaces/image/display_toolbar.h"
#include "instrument_display_defaults.h"
#include "test_support.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class TestDisplayToolBar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { hb::test::useFreshSettings("tst_display_toolbar"); }

    void remembersEachDetectorsChoices()
    {
        hb::app::DisplayToolBar bar;
        auto* colormap = bar.findChild<QComboBox*>(QStringLiteral("displayColormap"));
        auto* limits = bar.findChild<QComboBox*>(QStringLiteral("displayLimits"));
        QSignalSpy changed(&bar, &hb::app::DisplayToolBar::changed);

        bar.setDetector("COR2");
        QCOMPARE(colormap->currentText(), hb::app::defaultColormap("COR2"));
        QVERIFY(colormap->currentText() != QStringLiteral("gray"));
        QVERIFY(!bar.manualRange());
        // The scientist drags the limits and picks another map for COR2...
        bar.setManualRange({120.0, 4500.0});
        const int gray = colormap->findText(QStringLiteral("gray"));
        QVERIFY(gray >= 0);
        colormap->setCurrentIndex(gray);
        emit colormap->activated(gray);
        QCOMPARE(changed.count(), 2);

        // ...looks at C3, which keeps its own settings...
        bar.setDetector("C3");
        QVERIFY(!bar.manualRange());
        limits->setCurrentIndex(2);
        emit limits->activated(2);

        // ...and comes back: COR2 is as it was left, in a new window too.
        bar.setDetector("COR2");
        QVERIFY(bar.manualRange());
        QCOMPARE(bar.manualRange()->low, 120.0);
        QCOMPARE(bar.manualRange()->high, 4500.0);
        QCOMPARE(colormap->currentText(), QStringLiteral("gray"));
        hb::app::DisplayToolBar another;
        another.setDetector("C3");
        QCOMPARE(another.percentiles(), QPointF(5.0, 95.0));
        another.setDetector("COR2");
        QCOMPARE(another.settings().colormap, std::string("gray"));
        QVERIFY(another.manualRange());

        // Auto limits forgets the manual ones.
        another.clearManualRange();
        hb::app::DisplayToolBar third;
        third.setDetector("COR2");
        QVERIFY(!third.manualRange());
    }

    void fixedLimitsBelongToTheKindOfData()
    {
        hb::app::DisplayToolBar bar;
        auto* limits = bar.findChild<QComboBox*>(QStringLiteral("displayLimits"));
        auto* low = bar.findChild<QLineEdit*>(QStringLiteral("displayLow"));
        auto* high = bar.findChild<QLineEdit*>(QStringLiteral("displayHigh"));
        QVERIFY(low && high);
        bar.setDetector("C2");
        bar.setDataKind("file", QStringLiteral("the values as read"));
        bar.showRange({410.0, 8200.0});
        QCOMPARE(low->text(), QStringLiteral("410"));
        QVERIFY(limits->currentText() != QStringLiteral("manual"));
        // Dragged on raw frames...
        bar.setManualRange({400.0, 9000.0});
        QCOMPARE(limits->currentText(), QStringLiteral("manual"));
        QCOMPARE(high->text(), QStringLiteral("9000"));
        bar.showRange({1.0, 2.0});  // automatic limits of a frame do not overwrite fixed ones
        QCOMPARE(high->text(), QStringLiteral("9000"));
        // ...they do not follow the ratio view, which is automatic until fixed for itself.
        bar.setDataKind("ratio", QStringLiteral("a ratio"));
        QVERIFY(!bar.manualRange());
        QVERIFY(limits->currentText() != QStringLiteral("manual"));
        QCOMPARE(limits->findText(QStringLiteral("manual")), -1);
        // Both limits typed.
        QSignalSpy changed(&bar, &hb::app::DisplayToolBar::changed);
        low->setText(QStringLiteral("0.97"));
        high->setText(QStringLiteral("1.03"));
        emit high->editingFinished();
        QCOMPARE(changed.count(), 1);
        QVERIFY(bar.manualRange());
        QCOMPARE(bar.manualRange()->low, 0.97);
        QCOMPARE(bar.manualRange()->high, 1.03);
        QCOMPARE(limits->currentText(), QStringLiteral("manual"));
        QVERIFY(bar.percentiles().y() > 90.0);  // the percentiles stay what they were
        // An upper limit below the lower one is not taken.
        high->setText(QStringLiteral("0.5"));
        emit high->editingFinished();
        QCOMPARE(bar.manualRange()->high, 1.03);
        // Each kind comes back with its own limits.
        bar.setDataKind("file", QStringLiteral("the values as read"));
        QCOMPARE(bar.manualRange()->high, 9000.0);
        bar.setDataKind("ratio", QStringLiteral("a ratio"));
        QCOMPARE(bar.manualRange()->high, 1.03);
        // Choosing percentiles frees this kind only.
        limits->setCurrentIndex(0);
        emit limits->activated(0);
        QVERIFY(!bar.manualRange());
        QCOMPARE(limits->findText(QStringLiteral("manual")), -1);
        bar.setDataKind("file", QStringLiteral("the values as read"));
        QVERIFY(bar.manualRange());
    }

    void maskToggleAsksForARedraw()
    {
        hb::app::DisplayToolBar bar;
        QSignalSpy changed(&bar, &hb::app::DisplayToolBar::changed);
        QAction* mask = nullptr;
        for (QAction* a : bar.actions())
            if (a->isCheckable())
                mask = a;
        QVERIFY(mask);
        mask->setChecked(true);
        QVERIFY(bar.maskOverlay());
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestDisplayToolBar)
#include "tst_display_toolbar.moc"
