#include "geometry/solar_wcs.h"
#include "io/file_reader.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

class TestSolarWcs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static nlohmann::json truthOf(const std::string& path)
    {
        std::ifstream in(path + ".truth.json");
        return nlohmann::json::parse(in);
    }

private slots:
    void sunCentreAndLimbOfSimulatedFrames_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("cor2 (HPLN-TAN, arcsec, PC)") << "cor2";
        QTest::newRow("lasco-c3 (SOLAR-X, CROTA1 = 180)") << "lasco-c3";
        QTest::newRow("euvi") << "euvi";
    }
    void sunCentreAndLimbOfSimulatedFrames()
    {
        QFETCH(QString, kind);
        const auto files = hb::test::simulateInto(m_dir.filePath(kind), kind.toLatin1().constData(), 1, 256);
        const hb::Frame frame = hb::io::readFrame(files.front());
        const auto truth = truthOf(files.front());
        const auto wcs = hb::geometry::SolarWcs::fromHeader(frame.header);
        QVERIFY(wcs);
        const double cx = truth["sun_center_px"][0], cy = truth["sun_center_px"][1], rsun = truth["rsun_px"];
        QVERIFY(wcs->pixelToSky(cx, cy).rhoRsun < 1e-6);
        QVERIFY(std::fabs(wcs->pixelToSky(cx + rsun, cy).rhoRsun - 1.0) < 1e-3);
        QVERIFY(std::fabs(wcs->rsunPixels() - rsun) < 1e-3 * rsun);
        double x = 0, y = 0;
        wcs->skyToPixel(0.0, 0.0, x, y);
        QVERIFY(std::fabs(x - cx) < 1e-6 && std::fabs(y - cy) < 1e-6);
        // Round trip anywhere in the field.
        const auto p = wcs->pixelToSky(17.0, 200.0);
        wcs->skyToPixel(p.txArcsec, p.tyArcsec, x, y);
        QVERIFY(std::fabs(x - 17.0) < 1e-6 && std::fabs(y - 200.0) < 1e-6);
    }

    void upsideDownLascoHasEastOnTheRight()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c2")), "lasco-c2", 1, 256);
        const hb::Frame frame = hb::io::readFrame(files.front());
        const auto wcs = hb::geometry::SolarWcs::fromHeader(frame.header);
        const auto truth = truthOf(files.front());
        const double cx = truth["sun_center_px"][0], cy = truth["sun_center_px"][1];
        QVERIFY(wcs->pixelToSky(cx + 50, cy).txArcsec < 0);  // CROTA1 = 180: solar east to the right
        QVERIFY(wcs->pixelToSky(cx, cy + 50).tyArcsec < 0);  // and south up
    }

    void realHeaders()
    {
        HB_REQUIRE_SHARED_DATA();
        const auto hi1 = hb::io::readFileHeader(hb::test::sharedData("secchi/headers/20250622_000831_s4h1A.header"));
        QVERIFY(!hb::geometry::SolarWcs::fromHeader(hi1.header));  // AZP with mu = 0.146: not drawn as TAN
        const auto cor1 = hb::io::readFileHeader(hb::test::sharedData("secchi/cor1/cor1_20090615_000500_s4c1A.fts"));
        const auto wcs = hb::geometry::SolarWcs::fromHeader(cor1.header);
        QVERIFY(wcs);
        QVERIFY(!wcs->rsunAssumed());
        double x = 0, y = 0;
        wcs->skyToPixel(0, 0, x, y);
        QVERIFY(x > 200 && x < 312 && y > 200 && y < 312);  // the Sun near the middle of the 512 frame
        const auto lasco = hb::io::readFileHeader(hb::test::sharedData("lasco/c3_2002-01_comet96p/32082111.fts"));
        QVERIFY(hb::geometry::SolarWcs::fromHeader(lasco.header));
    }
};

QTEST_GUILESS_MAIN(TestSolarWcs)
#include "tst_solar_wcs.moc"
