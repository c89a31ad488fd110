#include "catalog_filter_model.h"
#include "catalog_model.h"
#include "test_support.h"

#include "catalog/file_discovery.h"
#include "catalog/folder_scanner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using hb::widgets::CatalogFilterModel;
using hb::widgets::CatalogModel;

namespace {

using hb::test::catalogEntry;
using hb::test::unreadableEntry;

QModelIndex find(const QAbstractItemModel& model, const QStringList& labels)
{
    QModelIndex at;
    for (const QString& label : labels) {
        const QModelIndexList hits = model.match(model.index(0, 0, at), Qt::DisplayRole, label, 1, Qt::MatchExactly);
        if (hits.isEmpty())
            return {};
        at = hits.front();
    }
    return at;
}

QStringList childLabels(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(parent); ++row)
        labels << model.index(row, 0, parent).data().toString();
    return labels;
}

} // namespace

class TestCatalogModel : public QObject {
    Q_OBJECT
private slots:
    void growsInPlaceBatchByBatch()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy detectors(&model, &CatalogModel::detectorsChanged);
        // Out of time order and across batches, as worker threads deliver them.
        model.append({catalogEntry("STEREO-A", "COR2", "2008-12-12T10:07:30", "b.fts"),
                      catalogEntry("SOHO", "C3", "2008-12-12T09:00:00", "c3.fts", 1024)});
        model.append({unreadableEntry("broken.fts"), catalogEntry("STEREO-A", "COR2", "2008-12-12T08:07:30", "a.fts"),
                      catalogEntry("STEREO-A", "COR2", "2008-12-13T00:07:30", "c.fts", 2048)});
        model.append({catalogEntry("STEREO-B", "COR2", "2008-12-12T08:07:30", "d.fts"),
                      catalogEntry("STEREO-A", "COR2", "2008-12-12T09:00:00", "m.fts", 1024)});
        QCOMPARE(model.entryCount(), 7);
        QCOMPARE(model.unreadableCount(), 1);
        QCOMPARE(detectors.count(), 1);  // C3 and SECCHI COR2 came in the first batch, none new after
        QCOMPARE(model.detectors(), (QStringList{QStringLiteral("LASCO C3"), QStringLiteral("SECCHI COR2")}));
        QCOMPARE(model.firstDay(), QDate(2008, 12, 12));
        QCOMPARE(model.lastDay(), QDate(2008, 12, 13));

        // SOHO is one node (mission = spacecraft); the unreadable files come last.
        QCOMPARE(childLabels(model, {}), (QStringList{QStringLiteral("SOHO"), QStringLiteral("STEREO"),
                                                      QStringLiteral("Unreadable files")}));
        QCOMPARE(childLabels(model, find(model, {"SOHO"})), QStringList{QStringLiteral("LASCO C3")});
        const QModelIndex cor2 = find(model, {"STEREO", "STEREO-A", "SECCHI COR2"});
        QCOMPARE(childLabels(model, cor2), (QStringList{QStringLiteral("2008-12-12"), QStringLiteral("2008-12-13")}));
        const QModelIndex day = model.index(0, 0, cor2);
        QCOMPARE(childLabels(model, day), (QStringList{QStringLiteral("08:07:30  a.fts"), QStringLiteral("09:00:00  m.fts"),
                                                       QStringLiteral("10:07:30  b.fts")}));
        // A frame repeats its day's size only where the day mixes sizes.
        QCOMPARE(model.index(1, CatalogModel::Resolution, day).data().toString(), QStringLiteral("1024x1024"));
        QCOMPARE(model.index(1, CatalogModel::Level, day).data().toString(), QString());
        const QModelIndex nextDay = model.index(1, 0, cor2);
        QCOMPARE(model.index(0, CatalogModel::Resolution, nextDay).data().toString(), QString());

        // Counts and summaries of what lies below.
        const QModelIndex stereo = find(model, {"STEREO"});
        QCOMPARE(model.index(stereo.row(), CatalogModel::Files).data().toInt(), 5);
        QCOMPARE(model.index(cor2.row(), CatalogModel::Resolution, cor2.parent()).data().toString(),
                 QStringLiteral("1024x1024, 2048x2048, 512x512"));
        QCOMPARE(model.index(cor2.row(), CatalogModel::Level, cor2.parent()).data().toString(), QStringLiteral("L0.5"));

        // Entry numbers are the order of arrival; leaves know theirs and the way back works.
        const QModelIndex first = model.index(0, 0, day);
        QCOMPARE(first.data(CatalogModel::EntryRole).toInt(), 3);
        QCOMPARE(model.indexOfEntry(3), first);
        QCOMPARE(first.data(CatalogModel::DetectorRole).toString(), QStringLiteral("SECCHI COR2"));

        const QModelIndex bad = model.index(0, 0, find(model, {"Unreadable files"}));
        QCOMPARE(static_cast<CatalogModel::Kind>(bad.data(CatalogModel::KindRole).toInt()), CatalogModel::Kind::Unreadable);
        QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(QStringLiteral("truncated")));
        QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(QStringLiteral("/data/broken.fts")));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.entryCount(), 0);
        QVERIFY(!model.firstDay().isValid());
    }

    void filtersByTextDetectorAndDays()
    {
        CatalogModel model;
        CatalogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({catalogEntry("STEREO-A", "COR2", "2008-12-12T08:07:30", "a.fts"),
                      catalogEntry("STEREO-A", "COR2", "2008-12-14T08:07:30", "b.fts"),
                      catalogEntry("STEREO-A", "EUVI", "2008-12-12T08:10:00", "e.fts"),
                      catalogEntry("SOHO", "C2", "2008-12-13T11:00:00", "c2.fts"), unreadableEntry("broken.fts")});
        QCOMPARE(filter.rowCount(), 3);

        // Text in a group label keeps everything below it; text in a file name keeps that file.
        filter.setText(QStringLiteral("euvi"));
        QCOMPARE(childLabels(filter, {}), QStringList{QStringLiteral("STEREO")});
        QCOMPARE(childLabels(filter, find(filter, {"STEREO", "STEREO-A"})), QStringList{QStringLiteral("SECCHI EUVI")});
        filter.setText(QStringLiteral("broken"));
        QCOMPARE(childLabels(filter, {}), QStringList{QStringLiteral("Unreadable files")});
        filter.setText(QStringLiteral("2008-12-14"));
        QCOMPARE(childLabels(filter, find(filter, {"STEREO", "STEREO-A"})), QStringList{QStringLiteral("SECCHI COR2")});
        filter.setText({});

        // One detector hides the others and the unreadable files (they have no detector).
        filter.setDetector(QStringLiteral("SECCHI COR2"));
        QCOMPARE(childLabels(filter, {}), QStringList{QStringLiteral("STEREO")});
        QCOMPARE(filter.index(0, 1).data().toInt(), 3);  // the source's count, not the filtered one
        filter.setDetector({});

        // Days: inclusive on both ends, one side may stay open.
        filter.setDays(QDate(2008, 12, 13), QDate(2008, 12, 14));
        QCOMPARE(childLabels(filter, {}), (QStringList{QStringLiteral("SOHO"), QStringLiteral("STEREO"),
                                                       QStringLiteral("Unreadable files")}));
        QCOMPARE(childLabels(filter, find(filter, {"STEREO", "STEREO-A"})), QStringList{QStringLiteral("SECCHI COR2")});
        filter.setDays(QDate(), QDate(2008, 12, 12));
        QCOMPARE(childLabels(filter, find(filter, {"STEREO", "STEREO-A"})),
                 (QStringList{QStringLiteral("SECCHI COR2"), QStringLiteral("SECCHI EUVI")}));
        QVERIFY(!find(filter, {"SOHO"}).isValid());

        // Files arriving while a filter is set are filtered as they come.
        model.append({catalogEntry("SOHO", "C2", "2008-12-12T12:00:00", "c2b.fts")});
        QCOMPARE(filter.rowCount(find(filter, {"SOHO", "LASCO C2"})), 1);
    }

    void holdsARealFolder()
    {
        HB_REQUIRE_SHARED_DATA();
        const auto files = hb::discoverInputFiles(hb::test::sharedDataDir());
        std::vector<hb::CatalogEntry> entries = hb::scanFiles(files);
        const auto expectedBad = std::count_if(entries.begin(), entries.end(), [](const auto& e) { return !e.ok; });
        CatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(std::move(entries));
        QCOMPARE(model.entryCount(), static_cast<int>(files.size()));
        QCOMPARE(model.unreadableCount(), static_cast<int>(expectedBad));
        int total = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            total += model.index(row, CatalogModel::Files).data().toInt();
        QCOMPARE(total, static_cast<int>(files.size()));
        QVERIFY(find(model, {"SOHO", "LASCO C2"}).isValid());
        QVERIFY(find(model, {"STEREO", "STEREO-A", "SECCHI HI2"}).isValid());
        QVERIFY(find(model, {"STEREO", "STEREO-B", "SECCHI COR1"}).isValid());
        // Every file is reachable from its entry number.
        for (int number = 0; number < model.entryCount(); ++number)
            QCOMPARE(model.indexOfEntry(number).data(CatalogModel::EntryRole).toInt(), number);
    }
};

QTEST_MAIN(TestCatalogModel)
#include "tst_catalog_model.moc"
