#include "catalog/catalog_json.h"
#include "catalog/file_discovery.h"
#include "catalog/folder_scanner.h"
#include "core/error.h"
#include "test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

class TestFolderScanner : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::vector<std::string> m_simulated;

private slots:
    void initTestCase()
    {
        m_simulated = hb::test::simulateInto(m_dir.filePath(QStringLiteral("cor2/2008-12-12")), "cor2", 9, 128);
        QCOMPARE(m_simulated.size(), std::size_t{9});
        std::ofstream(m_dir.filePath(QStringLiteral("cor2/broken.fts")).toStdString()) << "SIMPLE  = garbage";
        std::ofstream(m_dir.filePath(QStringLiteral("cor2/notes.txt")).toStdString()) << "not an input";
        QDir(m_dir.path()).mkpath(QStringLiteral(".hidden"));
        std::ofstream(m_dir.filePath(QStringLiteral(".hidden/x.fts")).toStdString()) << "hidden";
    }

    void discoversInputsOnly()
    {
        const auto files = hb::discoverInputFiles(m_dir.path().toStdString());
        QCOMPARE(files.size(), std::size_t{10});  // 9 simulated + broken.fts; no .json, .txt, hidden
        QVERIFY(std::is_sorted(files.begin(), files.end()));
        QVERIFY_THROWS_EXCEPTION(hb::Error, hb::discoverInputFiles(m_dir.filePath(QStringLiteral("absent")).toStdString()));
    }

    void scansInParallelInInputOrder()
    {
        const auto files = hb::discoverInputFiles(m_dir.path().toStdString());
        std::atomic<std::size_t> calls{0};
        hb::ScanOptions options;
        options.threads = 3;
        options.onEntry = [&](const hb::CatalogEntry&, std::size_t, std::size_t total) {
            QCOMPARE(total, files.size());
            ++calls;
        };
        const auto entries = hb::scanFiles(files, options);
        QCOMPARE(entries.size(), files.size());
        QCOMPARE(calls.load(), files.size());
        std::size_t bad = 0, beacons = 0;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].info.path, files[i]);
            if (!entries[i].ok) {
                ++bad;
                QVERIFY(!entries[i].error.empty());
                continue;
            }
            QCOMPARE(*entries[i].info.detector, std::string("COR2"));
            QVERIFY(entries[i].fileSize > 0);
            QVERIFY(entries[i].hasPixels);
            beacons += entries[i].info.downlink == hb::Downlink::Beacon ? 1 : 0;
        }
        QCOMPARE(bad, std::size_t{1});
        QCOMPARE(beacons, std::size_t{1});  // every 8th COR2 frame is a beacon image
    }

    void aHeaderTextHasNoPixels()
    {
        HB_REQUIRE_SHARED_DATA();
        const hb::CatalogEntry header = hb::scanFile(hb::test::sharedData("lasco/headers/lasco_c2_25299383_s.header"));
        QVERIFY(header.ok);
        QCOMPARE(header.info.width, 128);  // the header describes an image...
        QVERIFY(!header.hasPixels);        // ...that is not in the file
    }

    void cancelStopsEarly()
    {
        const auto files = hb::discoverInputFiles(m_dir.path().toStdString());
        std::atomic<bool> cancel{false};
        hb::ScanOptions options;
        options.threads = 1;
        options.cancel = &cancel;
        options.onEntry = [&](const hb::CatalogEntry&, std::size_t done, std::size_t) {
            if (done == 2)
                cancel = true;
        };
        QCOMPARE(hb::scanFiles(files, options).size(), std::size_t{2});
    }

    void jsonRecordHasTheContractFields()
    {
        const auto entry = hb::scanFile(m_simulated.front());
        const auto j = hb::toJson(entry);
        for (const char* key : {"path", "mission", "spacecraft", "instrument", "detector", "level", "date_obs", "exptime",
                                "naxis1", "naxis2", "status", "error"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["status"].get<std::string>(), std::string("ok"));
        QVERIFY(j["error"].is_null());
        QCOMPARE(j["naxis1"].get<int>(), 128);
        QCOMPARE(j["date_obs"].get<std::string>(), std::string("2008-12-12T00:00:00.000"));
    }
};

QTEST_GUILESS_MAIN(TestFolderScanner)
#include "tst_folder_scanner.moc"
