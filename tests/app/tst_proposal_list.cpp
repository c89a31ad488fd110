// The Detectors dock's proposal list against a real review database: one row per frame, a
// frame two detectors proposed is one row with both under it (the list once seemed to repeat a
// frame: 7 rows for 6 proposals of which two were the same frame's), and a frame's row decides
// all of its proposals.

#include "workspaces/review/proposal_list.h"
#include "workspaces/review/review_session.h"
#include "test_support.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using hb::review::DetectorSource;
using hb::review::FlagReason;
using hb::review::FrameRef;

class TestProposalList : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::vector<std::string> m_files;

    static QTreeWidget* rows(const hb::app::ProposalList& list) { return list.tree(); }

private slots:
    void initTestCase()
    {
        hb::test::useFreshSettings("tst_proposal_list");
        m_files = hb::test::simulateInto(m_dir.path(), "lasco-c2", 3, 64, 7);
        QCOMPARE(m_files.size(), std::size_t(3));
    }

    void aFrameTwoDetectorsProposedIsOneRowWithBoth()
    {
        hb::app::ReviewSession session;
        QVERIFY2(session.openForFolder(m_dir.path()), qPrintable(session.openError()));
        hb::review::FlagStore& store = *session.store();
        store.propose(FrameRef{m_files[0], {}, {}}, FlagReason::Transient, DetectorSource{"detect.transients", 1, 0.9});
        store.propose(FrameRef{m_files[0], {}, {}}, FlagReason::MissingBlocks, DetectorSource{"detect.missing_blocks", 1, 0.4});
        store.propose(FrameRef{m_files[1], {}, {}}, FlagReason::CosmicRayStorm, DetectorSource{"detect.cosmic_rays", 1, 0.6});
        hb::app::ProposalList list(session);
        session.reload();

        QCOMPARE(list.count(), 3);
        QCOMPARE(static_cast<std::size_t>(list.count()), session.proposals().size());
        QCOMPARE(list.frameCount(), 2);
        QTreeWidget* tree = rows(list);
        QCOMPARE(tree->topLevelItemCount(), 2);
        // Highest score first: the frame with the 0.9 proposal, holding both of its proposals.
        QTreeWidgetItem* both = tree->topLevelItem(0);
        QCOMPARE(both->childCount(), 2);
        QVERIFY(both->text(3).contains(QStringLiteral("detect.transients")));
        QVERIFY(both->text(3).contains(QStringLiteral("detect.missing_blocks")));
        QCOMPARE(both->data(2, Qt::DisplayRole).toDouble(), 0.9);
        QCOMPARE(tree->topLevelItem(1)->childCount(), 0);
        const QString summary = list.findChild<QLabel*>()->text();
        QVERIFY2(summary.startsWith(QStringLiteral("3 proposals for 2 frames ")), qPrintable(summary));

        // Choosing a proposal under a frame's row shows that frame.
        QSignalSpy requested(&list, &hb::app::ProposalList::frameRequested);
        tree->setCurrentItem(both->child(1));
        QCOMPARE(requested.count(), 1);
        QVERIFY(requested.at(0).at(0).toString().endsWith(QString::fromStdString(m_files[0]).section(QLatin1Char('/'), -1)));

        // The frame's row stands for both of its proposals.
        tree->clearSelection();
        both->setSelected(true);
        list.decideSelected(false);
        QCOMPARE(list.count(), 1);
        QCOMPARE(list.frameCount(), 1);
        QCOMPARE(session.proposals().size(), std::size_t(1));
        QCOMPARE(store.flags(hb::review::FlagStatus::Dismissed).size(), std::size_t(2));
        const QString after = list.findChild<QLabel*>()->text();
        QVERIFY2(after.startsWith(QStringLiteral("1 proposal waiting")), qPrintable(after));

        // Accept all takes what is left; the list empties.
        list.decideAll(true);
        QCOMPARE(list.count(), 0);
        QCOMPARE(store.flags(hb::review::FlagStatus::Active).size(), std::size_t(1));
    }
};

QTEST_MAIN(TestProposalList)
#include "tst_proposal_list.moc"
