#include "header_table_model.h"
#include "header_view.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

class TestHeaderView : public QObject {
    Q_OBJECT
private:
    static hb::Header sample()
    {
        hb::Header h;
        h.append(hb::HeaderCard::string("INSTRUME", "SECCHI", "instrument"));
        h.append(hb::HeaderCard::string("DETECTOR", "COR2"));
        h.append(hb::HeaderCard::number("EXPTIME", 6.0, "s"));
        h.append(hb::HeaderCard::commentary("HISTORY", "secchi_reduce.pro,v 1.443"));
        return h;
    }

private slots:
    void modelPassesTheTester()
    {
        hb::widgets::HeaderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeader(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("SECCHI"));
        QCOMPARE(model.data(model.index(2, 2)).toString(), QStringLiteral("s"));
        QCOMPARE(model.data(model.index(3, 1)).toString(), QStringLiteral("secchi_reduce.pro,v 1.443"));
        model.setHeader(hb::Header());
        QCOMPARE(model.rowCount(), 0);
    }

    void searchFiltersAnyColumn()
    {
        hb::widgets::HeaderView view;
        view.setHeader(sample());
        QCOMPARE(view.visibleRowCount(), 4);
        view.setFilterText(QStringLiteral("cor2"));
        QCOMPARE(view.visibleRowCount(), 1);
        view.setFilterText(QStringLiteral("secchi"));  // value of INSTRUME and text of HISTORY
        QCOMPARE(view.visibleRowCount(), 2);
        view.setFilterText(QString());
        QCOMPARE(view.visibleRowCount(), 4);
    }
};

QTEST_MAIN(TestHeaderView)
#include "tst_header_view.moc"
