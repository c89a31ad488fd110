#include "catalog/catalog_json.h"
#include "catalog/file_discovery.h"
#include "catalog/folder_scanner.h"
#include "core/error.h"
#include "io/file_reader.h"
#include "test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

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
    void aFileCutShortIsListedAsDamaged()
    {
        QTemporaryDir dir;
        const auto files = hb::test::simulateInto(dir.path(), "lasco-c2", 2, 128);
        const auto size = std::filesystem::file_size(files[1]);
        std::filesystem::resize_file(files[1], size - 10000);
        const auto entries = hb::scanFiles(files);
        QCOMPARE(entries.size(), std::size_t(2));
        QVERIFY(entries[0].ok && entries[0].damage.empty());
        QVERIFY(entries[1].ok && entries[1].hasPixels);
        QVERIFY2(entries[1].damage.find("cut short") != std::string::npos, entries[1].damage.c_str());
        // 10,000 bytes off the end: the FITS padding after the pixels, then pixels.
        const hb::io::ImageLayout layout = *hb::io::readFileHeader(files[1]).image;
        const long long padding = (2880 - layout.dataBytes % 2880) % 2880;
        QCOMPARE(layout.dataBytes - layout.presentBytes, 10000 - padding);
        QCOMPARE(entries[1].damage, hb::io::describeCutShort(layout));
        QVERIFY2(entries[1].damage.find(std::to_string(10000 - padding) + " bytes missing") != std::string::npos, entries[1].damage.c_str());
        QCOMPARE(QString::fromStdString(hb::toJson(entries[1])["damaged"].get<std::string>()), QString::fromStdString(entries[1].damage));
        QVERIFY(hb::toJson(entries[0])["damaged"].is_null());
    }

    void cdfFilesAreListedAsSeriesWithWhatTheirAttributesSay()
    {
        HB_REQUIRE_SHARED_DATA();
        const auto files = hb::discoverInputFiles(hb::test::sharedData("cdf"));
        QCOMPARE(files.size(), std::size_t(6));
        const std::vector<hb::CatalogEntry> entries = hb::scanFiles(files);
        for (const hb::CatalogEntry& e : entries) {
            QVERIFY2(e.ok && !e.hasPixels && e.info.series, e.info.path.c_str());
            QVERIFY(e.info.warnings.empty());
        }
        const auto named = [&](const char* part) {
            return *std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.info.path.find(part) != std::string::npos; });
        };
        const hb::ObservationInfo psp = named("psp_fld").info;
        QCOMPARE(psp.mission, std::optional<std::string>("PSP"));
        QCOMPARE(psp.instrument, std::optional<std::string>("FIELDS"));
        QCOMPARE(psp.detector, std::optional<std::string>("MAG"));
        QCOMPARE(psp.level, std::optional<std::string>("2"));
        QCOMPARE(psp.dataset, std::optional<std::string>("psp_fld_l2_mag_RTN_1min"));
        QCOMPARE(psp.time->toIso(0), std::string("2020-01-04T02:33:30"));
        QCOMPARE(psp.endTime->toIso(0), std::string("2020-01-04T19:33:30"));
        const hb::ObservationInfo sis = named("ac_h2_sis").info;
        QCOMPARE(sis.mission, std::optional<std::string>("ACE"));
        QCOMPARE(sis.instrument, std::optional<std::string>("SIS"));
        QCOMPARE(sis.time->dayString(), std::string("2010-11-05"));
        const hb::ObservationInfo themis = named("thg_l2").info;
        QCOMPARE(themis.mission, std::optional<std::string>("THEMIS"));
        QCOMPARE(themis.detector, std::optional<std::string>("MEK"));
        QVERIFY(!themis.time);  // a master file: no records, no time range
    }

    void aDamagedCdfIsAnErrorNamingIt()
    {
        HB_REQUIRE_SHARED_DATA();
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("cut.cdf")).toStdString();
        std::ifstream in(hb::test::sharedData("cdf/psp_fld_l2_mag_rtn_1min_20200104_v02.cdf"), std::ios::binary);
        std::string bytes{std::istreambuf_iterator<char>(in), {}};
        std::ofstream(path, std::ios::binary) << bytes.substr(0, bytes.size() / 3);
        const auto entries = hb::scanFiles({path});
        QVERIFY(!entries.front().ok);
        QVERIFY(entries.front().info.series);
        QVERIFY2(entries.front().error.find("past the end") != std::string::npos, entries.front().error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestFolderScanner)
#include "tst_folder_scanner.moc"
