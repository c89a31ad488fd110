// What belongs together in a sequence: the one rule behind movies, backgrounds, neighbours and
// playback in the CLI and the window.
#include "catalog/sequence_selector.h"
#include "test_support.h"

#include <QTest>

using hb::test::catalogEntry;

class TestSequenceSelector : public QObject {
    Q_OBJECT

private slots:
    void spacecraftSizePolarisationAndFilterSplitSequences()
    {
        std::vector<hb::CatalogEntry> entries{
            catalogEntry("STEREO-A", "COR2", "2008-12-12T08:07:30", "a2.fts"),
            catalogEntry("STEREO-B", "COR2", "2008-12-12T08:07:30", "b1.fts"),
            catalogEntry("STEREO-A", "COR2", "2008-12-12T06:07:30", "a1.fts"),
            catalogEntry("STEREO-A", "COR2", "2008-12-13T06:07:30", "a3.fts"),
            catalogEntry("STEREO-A", "COR2", "2008-12-12T07:07:30", "small.fts", 256),
            catalogEntry("SOHO", "C2", "2008-12-12T07:07:30", "c2.fts"),
            hb::test::unreadableEntry("bad.fts"),
        };
        entries[0].info.polarization = entries[2].info.polarization = entries[3].info.polarization = "120";
        entries[1].info.polarization = "120";
        entries[5].info.filter = "Orange";

        // Across days, in time order; STEREO-B and the 256 px frame are not part of it.
        QCOMPARE(hb::sequenceAround(entries, 0, false), (std::vector<std::size_t>{2, 0, 3}));
        QCOMPARE(hb::sequenceAround(entries, 0, true), (std::vector<std::size_t>{2, 0}));
        QCOMPARE(hb::sequenceAround(entries, 1, false), (std::vector<std::size_t>{1}));
        QCOMPARE(hb::sequenceAround(entries, 4, false), (std::vector<std::size_t>{4}));
        QVERIFY(hb::sequenceAround(entries, 6, false).empty());
        QVERIFY(hb::sequenceAround(entries, 99, false).empty());

        // The CLI's grouping is the same rule.
        const std::vector<hb::FrameSequence> groups = hb::groupSequences(entries);
        QCOMPARE(groups.size(), std::size_t(4));
        std::vector<std::string> labels;
        for (const hb::FrameSequence& g : groups) {
            labels.push_back(g.label);
            for (const hb::CatalogEntry& e : g.frames)
                QVERIFY(hb::looksAlike(e.info, g.frames.front().info));
        }
        std::sort(labels.begin(), labels.end());
        QCOMPARE(labels, (std::vector<std::string>{"LASCO C2 512x512 Orange", "STEREO-A SECCHI COR2 256x256",
                                                   "STEREO-A SECCHI COR2 512x512 polar 120",
                                                   "STEREO-B SECCHI COR2 512x512 polar 120"}));
    }
};

QTEST_APPLESS_MAIN(TestSequenceSelector)
#include "tst_sequence_selector.moc"
