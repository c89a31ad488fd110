#include "catalog_model.h"
#include "catalog_panel.h"
#include "test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using hb::test::catalogEntry;
using hb::test::unreadableEntry;

namespace {

std::vector<int> sequenceOf(const QSignalSpy& spy, int call)
{
    return spy.at(call).at(spy.at(call).size() == 3 ? 1 : 0).value<std::vector<int>>();
}

QModelIndex firstChildLabelled(const QAbstractItemModel& model, const QModelIndex& parent, const QString& label)
{
    const QModelIndexList hits = model.match(model.index(0, 0, parent), Qt::DisplayRole, label, 1,
                                             Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.front();
}

} // namespace

class TestCatalogPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<std::vector<int>>(); }

    void fillsAsTheScanDeliversAndKeepsTheCurrentFrame()
    {
        hb::app::CatalogPanel panel;
        panel.show();
        QSignalSpy chosen(&panel, &hb::app::CatalogPanel::frameChosen);
        QSignalSpy changed(&panel, &hb::app::CatalogPanel::sequenceChanged);

        // The first frame to arrive is shown at once, with its day as the sequence.
        panel.append({catalogEntry("STEREO-A", "COR2", "2008-12-12T10:00:00", "b.fts"),
                      catalogEntry("STEREO-A", "COR2", "2008-12-12T12:00:00", "c.fts")});
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toInt(), 0);
        QCOMPARE(sequenceOf(chosen, 0), (std::vector<int>{0, 1}));
        QCOMPARE(chosen.at(0).at(2).toInt(), 0);

        // More frames of that day: the sequence grows in time order around the current frame.
        panel.append({catalogEntry("STEREO-A", "COR2", "2008-12-12T08:00:00", "a.fts"),
                      catalogEntry("SOHO", "C2", "2008-12-12T08:00:00", "c2.fts")});
        QCOMPARE(chosen.count(), 1);  // nothing chosen again
        QVERIFY(changed.count() >= 1);
        QCOMPARE(sequenceOf(changed, changed.count() - 1), (std::vector<int>{2, 0, 1}));
        QCOMPARE(changed.last().at(1).toInt(), 1);

        // Another detector's frames neither change the sequence nor steal the view.
        const int changesBefore = changed.count();
        panel.append({catalogEntry("SOHO", "C2", "2008-12-12T09:00:00", "c2b.fts")});
        QCOMPARE(changed.count(), changesBefore);

        // A file without pixels (a .header text) is listed but never chosen for the first view.
        hb::app::CatalogPanel another;
        QSignalSpy anotherChosen(&another, &hb::app::CatalogPanel::frameChosen);
        hb::CatalogEntry headerOnly = catalogEntry("SOHO", "C2", "2008-12-12T08:00:00", "c2.header");
        headerOnly.hasPixels = false;
        another.append({headerOnly});
        QCOMPARE(anotherChosen.count(), 0);
        another.append({catalogEntry("SOHO", "C2", "2008-12-12T09:00:00", "c2.fts")});
        QCOMPARE(anotherChosen.count(), 1);
        QCOMPARE(anotherChosen.at(0).at(0).toInt(), 1);
        QCOMPARE(sequenceOf(anotherChosen, 0), (std::vector<int>{0, 1}));

        // Detectors are offered as they appear.
        auto* detector = panel.findChild<QComboBox*>(QStringLiteral("catalogDetector"));
        QCOMPARE(detector->count(), 3);  // all, LASCO C2, SECCHI COR2
        QCOMPARE(detector->itemText(1), QStringLiteral("LASCO C2"));
    }

    void choosingADayChoosesItsFrames()
    {
        hb::app::CatalogPanel panel;
        panel.append({catalogEntry("SOHO", "C3", "2008-12-12T08:00:00", "a.fts"),
                      catalogEntry("SOHO", "C3", "2008-12-13T08:00:00", "b.fts"),
                      catalogEntry("SOHO", "C3", "2008-12-13T09:00:00", "c.fts"), unreadableEntry("broken.fts")});
        auto* tree = panel.findChild<QTreeView*>(QStringLiteral("catalogTree"));
        QSignalSpy chosen(&panel, &hb::app::CatalogPanel::frameChosen);
        QSignalSpy unreadable(&panel, &hb::app::CatalogPanel::unreadableChosen);
        tree->setCurrentIndex(firstChildLabelled(*tree->model(), {}, QStringLiteral("2008-12-13")));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toInt(), 1);
        QCOMPARE(sequenceOf(chosen, 0), (std::vector<int>{1, 2}));

        // A detector plays through all its days; a mission mixes detectors and plays nothing.
        tree->setCurrentIndex(firstChildLabelled(*tree->model(), {}, QStringLiteral("LASCO C3")));
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.at(1).at(0).toInt(), 0);
        QCOMPARE(sequenceOf(chosen, 1), (std::vector<int>{0, 1, 2}));
        tree->setCurrentIndex(firstChildLabelled(*tree->model(), {}, QStringLiteral("SOHO")));
        QCOMPARE(chosen.count(), 2);

        tree->setCurrentIndex(firstChildLabelled(*tree->model(), {}, QStringLiteral("broken.fts")));
        QCOMPARE(unreadable.count(), 1);
        QVERIFY(unreadable.at(0).at(1).toString().contains(QStringLiteral("truncated")));

        // Playback moving to a frame marks it in the tree without choosing it again.
        chosen.clear();
        panel.followEntry(2);
        QCOMPARE(tree->currentIndex().data(hb::widgets::CatalogModel::EntryRole).toInt(), 2);
        QCOMPARE(chosen.count(), 0);

        // A frame alone on its day plays with the instrument's days, not as 1 of 1.
        const QModelIndex lonelyDay = firstChildLabelled(*tree->model(), {}, QStringLiteral("2008-12-12"));
        tree->setCurrentIndex(tree->model()->index(0, 0, lonelyDay));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toInt(), 0);
        QCOMPARE(sequenceOf(chosen, 0), (std::vector<int>{0, 1, 2}));
    }

    void filtersNarrowTheSequence()
    {
        hb::app::CatalogPanel panel;
        QSignalSpy changed(&panel, &hb::app::CatalogPanel::sequenceChanged);
        panel.append({catalogEntry("SOHO", "C2", "2008-12-12T08:00:00", "c2_0800.fts"),
                      catalogEntry("SOHO", "C2", "2008-12-12T09:00:00", "c2_0900.fts"),
                      catalogEntry("SOHO", "C2", "2008-12-14T09:00:00", "c2_late.fts")});
        panel.setFilterText(QStringLiteral("0800"));
        QCOMPARE(sequenceOf(changed, changed.count() - 1), std::vector<int>{0});

        // The day range starts as the folder's whole span when switched on.
        auto* limitDays = panel.findChild<QCheckBox*>(QStringLiteral("catalogLimitDays"));
        auto* first = panel.findChild<QDateEdit*>(QStringLiteral("catalogFirstDay"));
        auto* last = panel.findChild<QDateEdit*>(QStringLiteral("catalogLastDay"));
        QVERIFY(!first->isEnabled());
        panel.setFilterText({});
        limitDays->setChecked(true);
        QVERIFY(first->isEnabled());
        QCOMPARE(first->date(), QDate(2008, 12, 12));
        QCOMPARE(last->date(), QDate(2008, 12, 14));
        last->setDate(QDate(2008, 12, 13));
        auto* tree = panel.findChild<QTreeView*>(QStringLiteral("catalogTree"));
        QVERIFY(!firstChildLabelled(*tree->model(), {}, QStringLiteral("2008-12-14")).isValid());
        QVERIFY(firstChildLabelled(*tree->model(), {}, QStringLiteral("2008-12-12")).isValid());
    }
};

QTEST_MAIN(TestCatalogPanel)
#include "tst_catalog_panel.moc"
