#include "catalog/catalog_grouping.h"

#include <QTest>

namespace {
hb::CatalogEntry entry(const char* path, const char* spacecraft, const char* detector, const char* time, int size, bool ok = true)
{
    hb::CatalogEntry e;
    e.ok = ok;
    e.info.path = path;
    if (ok) {
        e.info.mission = "STEREO";
        e.info.spacecraft = spacecraft;
        e.info.instrument = "SECCHI";
        e.info.detector = detector;
        e.info.time = hb::UtcTime::parseIso(time);
        e.info.width = e.info.height = size;
        e.info.level = "0.5";
    } else {
        e.error = "broken";
    }
    return e;
}
} // namespace

class TestCatalogGrouping : public QObject {
    Q_OBJECT
private slots:
    void groupsByMissionSpacecraftDetectorDay()
    {
        const std::vector<hb::CatalogEntry> entries{
            entry("c", "STEREO-A", "COR2", "2008-12-12T02:00:00", 1024),
            entry("a", "STEREO-A", "COR2", "2008-12-12T01:00:00", 1024),
            entry("b", "STEREO-A", "COR2", "2008-12-13T00:10:00", 256),
            entry("d", "STEREO-B", "HI1", "2008-12-12T00:00:00", 1024),
            entry("e", nullptr, nullptr, nullptr, 0, false),
        };
        const hb::CatalogGroup root = hb::groupEntries(entries);
        QCOMPARE(root.fileCount, std::size_t{5});
        QCOMPARE(root.children.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(root.children[0].label), QStringLiteral("STEREO"));
        QCOMPARE(QString::fromStdString(root.children[1].label), QString::fromLatin1(hb::kUnreadableLabel));
        const hb::CatalogGroup& stereo = root.children[0];
        QCOMPARE(stereo.fileCount, std::size_t{4});
        const hb::CatalogGroup& a = stereo.children[0];
        QCOMPARE(QString::fromStdString(a.label), QStringLiteral("STEREO-A"));
        const hb::CatalogGroup& cor2 = a.children[0];
        QCOMPARE(QString::fromStdString(cor2.label), QStringLiteral("SECCHI COR2"));
        QCOMPARE(cor2.children.size(), std::size_t{2});
        const hb::CatalogGroup& day = cor2.children[0];
        QCOMPARE(QString::fromStdString(day.label), QStringLiteral("2008-12-12"));
        QCOMPARE(day.entries, (std::vector<std::size_t>{1, 0}));  // chronological
    }

    void otherLevels()
    {
        const std::vector<hb::CatalogEntry> entries{entry("a", "STEREO-A", "COR2", "2008-12-12T01:00:00", 1024),
                                                    entry("b", "STEREO-A", "COR2", "2008-12-12T01:30:00", 256)};
        const hb::GroupLevel levels[] = {hb::GroupLevel::Resolution, hb::GroupLevel::Level};
        const hb::CatalogGroup root = hb::groupEntries(entries, levels);
        QCOMPARE(root.children.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(root.children[0].label), QStringLiteral("1024x1024"));
        QCOMPARE(QString::fromStdString(root.children[0].children[0].label), QStringLiteral("L0.5"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogGrouping)
#include "tst_catalog_grouping.moc"
