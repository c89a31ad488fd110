// The session's answers on a real scan: the sequence of an entry follows the CLI's rule across
// days, flagged frames leave the unflagged list but the kept one stays, neighbours are cut at
// the reach, and opening a folder forgets the catalog and the sequence on screen.
#include "catalog/folder_scanner.h"
#include "session.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using hb::app::Session;

class TestSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<hb::CatalogEntry> m_entries;

    int entryOf(const Session& session, const std::string& path) const
    {
        for (int k = 0; k < session.entryCount(); ++k)
            if (session.entry(k).info.path == path)
                return k;
        return -1;
    }

private slots:
    void initTestCase()
    {
        // Three COR1 polariser triplets and a LASCO C2 day, scanned as the window's scan delivers them.
        auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("cor1")), "cor1", 9, 64);
        const auto c2 = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c2")), "lasco-c2", 5, 64);
        files.insert(files.end(), c2.begin(), c2.end());
        m_entries = hb::scanFiles(files);
        QCOMPARE(m_entries.size(), std::size_t(14));
    }

    void sequencesFollowTheSelector()
    {
        Session session;
        session.open(m_dir.path());
        session.addEntries(m_entries);
        for (int k = 0; k < session.entryCount(); ++k) {
            const hb::FrameSequence sequence = session.sequenceOf(k, true);
            const bool cor1 = session.entry(k).info.detector == std::string("COR1");
            QCOMPARE(sequence.frames.size(), std::size_t(cor1 ? 3 : 5));
            for (const hb::CatalogEntry& e : sequence.frames)
                QVERIFY(hb::looksAlike(e.info, session.entry(k).info));
            QVERIFY(std::is_sorted(sequence.frames.begin(), sequence.frames.end(),
                                   [](const auto& a, const auto& b) { return a.info.time->nanoseconds < b.info.time->nanoseconds; }));
        }
        QVERIFY(session.sequenceOf(-1, true).frames.empty());
        QVERIFY(session.sequenceOf(session.entryCount(), true).frames.empty());
    }

    void flaggedFramesLeaveTheUnflaggedList()
    {
        Session session;
        session.addEntries(m_entries);
        const int first = entryOf(session, session.sequenceOf(entryOf(session, m_entries.back().info.path), true).frames[0].info.path);
        const hb::FrameSequence c2 = session.sequenceOf(first, true);
        const std::set<std::string> flagged{c2.frames[0].info.path, c2.frames[2].info.path};
        session.setFlaggedLookup([&](const std::string& path) { return flagged.count(path) > 0; });
        const auto unflagged = session.unflaggedPaths(first);
        QCOMPARE(unflagged.size(), std::size_t(3));
        QVERIFY(std::none_of(unflagged.begin(), unflagged.end(), [&](const std::string& p) { return flagged.count(p); }));
        // The frame on screen stays in, flagged or not.
        const auto kept = session.unflaggedPaths(first, first);
        QCOMPARE(kept.size(), std::size_t(4));
        QCOMPARE(kept.front(), c2.frames[0].info.path);
    }

    void neighboursAreCutAtTheReach()
    {
        Session session;
        session.addEntries(m_entries);
        const int last = entryOf(session, m_entries.back().info.path);
        const hb::FrameSequence c2 = session.sequenceOf(last, true);
        const int middle = entryOf(session, c2.frames[2].info.path);
        const auto nearby = session.nearbyPaths(middle, 1);
        QCOMPARE(nearby, (std::vector<std::string>{c2.frames[1].info.path, c2.frames[2].info.path, c2.frames[3].info.path}));
        QCOMPARE(session.nearbyPaths(middle, 10).size(), std::size_t(5));
        QVERIFY(session.nearbyPaths(-1, 3).empty());
    }

    void openingAFolderForgetsTheCatalogAndTheScreen()
    {
        Session session;
        session.addEntries(m_entries);
        session.setSequence({0, 1, 2});
        session.setCurrentEntry(1);
        session.setShownEntry(1);
        QCOMPARE(session.positionInSequence(2), 2);
        QSignalSpy opened(&session, &Session::opened);
        session.open(QStringLiteral("/elsewhere"));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(session.folder(), QStringLiteral("/elsewhere"));
        QCOMPARE(session.entryCount(), 0);
        QVERIFY(session.sequence().empty());
        QCOMPARE(session.currentEntry(), -1);
        QCOMPARE(session.shownEntry(), -1);
        QCOMPARE(session.positionInSequence(2), -1);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
