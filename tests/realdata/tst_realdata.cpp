// Every file of ../shared/data is identified as its MANIFEST.md says, or gives a clear error;
// real pixels and headers survive a write as conforming FITS.
#include "catalog/file_discovery.h"
#include "catalog/folder_scanner.h"
#include "io/file_reader.h"
#include "io/fits/fits_writer.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <map>

namespace {

struct Expected {
    const char* mission;
    const char* instrument;
    const char* detector;
    const char* level;
    const char* dateObs;  // ISO, milliseconds; "" when none
    int width, height;
};

// From MANIFEST.md. "" = null. The starshade and HLC files are simulated Data Challenge products
// without mission keywords (the MANIFEST's starshade row describes a LASCO file by mistake:
// the file is a 97 x 97 image with no TELESCOP/INSTRUME).
const std::map<std::string, Expected> kExpected{
    {"excam/HLC_scistar_coadd_epoch01.fits", {"", "", "", "", "", 45, 45}},
    {"excam/starshade_run_dc2_jitter_perturbedSS_solar_glint_with_extragalactic_background_and_5exozodi_photometry_emgain_4000_time_per_frame_6sec_total_integration_105600sec_with_emccd.fits",
     {"", "", "", "", "", 97, 97}},
    {"excam/nonlin_table_TVAC.fits", {"Roman", "CGI", "EXCAM", "cal", "2025-02-16T00:00:00.000", 13, 462}},
    {"lasco/c2_2010-01_venus/22322544.fts", {"SOHO", "LASCO", "C2", "0.5", "2010-01-12T21:20:08.500", 1024, 1024}},
    {"lasco/c2_2010-01_venus/22322625.fts", {"SOHO", "LASCO", "C2", "0.5", "2010-01-13T09:28:37.915", 1024, 1024}},
    {"lasco/c2_2010-01_venus/22322749.fts", {"SOHO", "LASCO", "C2", "0.5", "2010-01-14T03:49:06.681", 1024, 1024}},
    {"lasco/c2_2010-01_venus/22322784.fts", {"SOHO", "LASCO", "C2", "0.5", "2010-01-15T00:54:35.137", 1024, 1024}},
    {"lasco/c2_2010-01_venus/22323065.fts", {"SOHO", "LASCO", "C2", "0.5", "2010-01-16T19:27:05.133", 1024, 1024}},
    {"lasco/c2_2010-01_venus/22323230.fts", {"SOHO", "LASCO", "C2", "0.5", "2010-01-17T20:19:40.017", 1024, 1024}},
    {"lasco/c2_2010-01_venus/22323311.fts", {"SOHO", "LASCO", "C2", "0.5", "2010-01-18T08:28:38.830", 1024, 1024}},
    {"lasco/c3_2002-01_comet96p/32082037.fts", {"SOHO", "LASCO", "C3", "0.5", "2002-01-08T02:18:05.594", 1024, 1024}},
    {"lasco/c3_2002-01_comet96p/32082084.fts", {"SOHO", "LASCO", "C3", "0.5", "2002-01-08T20:18:05.541", 1024, 1024}},
    {"lasco/c3_2002-01_comet96p/32082111.fts", {"SOHO", "LASCO", "C3", "0.5", "2002-01-09T08:18:05.805", 1024, 1024}},
    {"lasco/c3_2002-01_comet96p/32082126.fts", {"SOHO", "LASCO", "C3", "0.5", "2002-01-09T14:18:05.488", 1024, 1024}},
    {"lasco/c3_2002-01_comet96p/32082153.fts", {"SOHO", "LASCO", "C3", "0.5", "2002-01-10T02:18:07.152", 1024, 1024}},
    {"lasco/c3_2002-01_comet96p/35082085.fts", {"SOHO", "LASCO", "C3", "1", "2002-01-08T20:41:16.454", 1024, 1024}},
    {"lasco/c3_2003-07_venus/32108414.fts", {"SOHO", "LASCO", "C3", "0.5", "2003-07-21T10:19:58.093", 1024, 1024}},
    {"lasco/headers/lasco_c2_25299383_s.header", {"SOHO", "LASCO", "C2", "1", "2009-02-28T00:05:33.380", 128, 128}},
    {"lasco/headers/lasco_c3.header", {"SOHO", "LASCO", "C3", "0.5", "2002-05-21T00:18:06.516", 1024, 1024}},
    {"lasco/misc/lasco_c2_25299383_s.fts", {"SOHO", "LASCO", "C2", "1", "2009-02-28T00:05:33.380", 128, 128}},
    {"secchi/cor1/20070503_102018_s4c1a.fts", {"STEREO", "SECCHI", "COR1", "0.5", "2007-05-03T10:20:18.005", 1024, 1024}},
    {"secchi/cor1/20070503_102018_s4c1b.fts", {"STEREO", "SECCHI", "COR1", "0.5", "2007-05-03T10:21:00.388", 1024, 1024}},
    {"secchi/cor1/cor1_20090615_000500_s4c1A.fts", {"STEREO", "SECCHI", "COR1", "0.5", "2009-06-15T00:05:00.004", 512, 512}},
    {"secchi/euvi/euvi_20090615_000900_n4euA_s.fts", {"STEREO", "SECCHI", "EUVI", "0.5", "2009-06-15T00:09:00.006", 128, 128}},
    {"secchi/headers/20250622_000831_s4h1A.header", {"STEREO", "SECCHI", "HI1", "0.5", "2025-06-22T00:08:31.005", 1024, 1024}},
    {"secchi/headers/cor1_20090615_000500_s4c1A.header", {"STEREO", "SECCHI", "COR1", "0.5", "2009-06-15T00:05:00.004", 512, 512}},
    {"secchi/headers/euvi_20090615_000900_n4euA_s.header", {"STEREO", "SECCHI", "EUVI", "0.5", "2009-06-15T00:09:00.006", 128, 128}},
    {"secchi/headers/hi_20110910_114721_s7h2A.header", {"STEREO", "SECCHI", "HI2", "0.5", "2011-09-10T11:47:21.005", 256, 256}},
    {"secchi/hi/hi_20110910_114721_s7h2A.fts", {"STEREO", "SECCHI", "HI2", "0.5", "2011-09-10T11:47:21.005", 256, 256}},
    {"soho_sdo/SOHO_EIT_171_20070601T120013_L1.header", {"SOHO", "EIT", "", "1", "2007-06-01T11:58:58.884", 1024, 1024}},
    {"soho_sdo/aia_171_cutout.fits", {"SDO", "AIA", "", "1", "2013-03-10T12:00:11.341", 769, 705}},
    {"soho_sdo/aia_171_level1.fits", {"SDO", "AIA", "AIA", "1", "2011-02-15T00:00:00.340", 128, 128}},
    {"soho_sdo/efz20040301.000010_s.fits", {"SOHO", "EIT", "", "", "2004-03-01T00:00:10.515", 128, 128}},
    {"soho_sdo/efz20040301.000010_s.header", {"SOHO", "EIT", "", "", "2004-03-01T00:00:10.515", 128, 128}},
    {"soho_sdo/efz20040301.010016_s.fits", {"SOHO", "EIT", "", "", "2004-03-01T01:00:16.178", 128, 128}},
    {"soho_sdo/hmi_sharp_magnetogram.header", {"SDO", "HMI", "", "", "2024-06-27T23:58:46.200", 432, 381}},
    {"soho_sdo/mdi.fd_Ic.20101015_230100_TAI.data.fits", {"SOHO", "MDI", "", "", "2010-10-15T23:00:11.000", 128, 128}},
    {"soho_sdo/mdi.fd_Ic.20101015_230100_TAI.data.header", {"SOHO", "MDI", "", "", "2010-10-15T23:00:11.000", 128, 128}},
    {"soho_sdo/mdi.fd_M_96m_lev182.20101015_000000_TAI.data.fits", {"SOHO", "MDI", "", "", "2010-10-15T00:00:26.000", 1024, 1024}},
    {"soho_sdo/mdi.fd_M_96m_lev182.20101015_191200_TAI.data.fits", {"SOHO", "MDI", "", "", "2010-10-15T19:12:26.000", 64, 64}},
    {"soho_sdo/mdi.fd_M_96m_lev182.20101015_191200_TAI.data.header", {"SOHO", "MDI", "", "", "2010-10-15T19:12:26.000", 64, 64}},
    {"soho_sdo/mdi_fd_Ic_6h_01d.5871.0000_s.fits", {"SOHO", "MDI", "MDI", "", "2009-01-28T00:35:32.428", 128, 128}},
    {"soho_sdo/mdi_fd_M_96m_01d.5874.0005_s.fits", {"SOHO", "MDI", "MDI", "", "2009-01-31T08:03:02.462", 128, 128}},
    {"soho_sdo/mdi_synoptic.header", {"SOHO", "MDI", "", "", "2010-07-27T00:08:31.000", 720, 360}},  // T_OBS is TAI
    {"soho_sdo/resampled_hmi.fits", {"SDO", "HMI", "HMI", "", "2014-03-01T00:00:27.900", 100, 100}},
    {"soho_sdo/seit_00171_fd_19961211_1900.header", {"SOHO", "EIT", "", "", "1996-12-11T19:00:14.000", 128, 128}},
};

QString field(const std::optional<std::string>& s)
{
    return s ? QString::fromStdString(*s) : QString();
}

double zeroFraction(const hb::Image& image)
{
    return static_cast<double>(std::count(image.pixels().begin(), image.pixels().end(), 0.0f)) / static_cast<double>(image.pixelCount());
}

} // namespace

class TestRealData : public QObject {
    Q_OBJECT
private slots:
    void everyFileIsIdentifiedAsTheManifestSays()
    {
        HB_REQUIRE_SHARED_DATA();
        const std::string root = hb::test::sharedDataDir();
        const auto entries = hb::scanFiles(hb::discoverInputFiles(root));
        std::size_t matched = 0;
        for (const hb::CatalogEntry& e : entries) {
            const std::string rel = std::filesystem::relative(e.info.path, root).string();
            const auto it = kExpected.find(rel);
            if (it == kExpected.end()) {
                // A file added to shared/data later: it must at least be read or explained.
                QVERIFY2(e.ok || !e.error.empty(), rel.c_str());
                continue;
            }
            ++matched;
            const Expected& x = it->second;
            QVERIFY2(e.ok, (rel + ": " + e.error).c_str());
            const auto& i = e.info;
            const QString where = QString::fromStdString(rel);
            QCOMPARE(field(i.mission) + " @" + where, QString::fromLatin1(x.mission) + " @" + where);
            QCOMPARE(field(i.instrument) + " @" + where, QString::fromLatin1(x.instrument) + " @" + where);
            QCOMPARE(field(i.detector) + " @" + where, QString::fromLatin1(x.detector) + " @" + where);
            QCOMPARE(field(i.level) + " @" + where, QString::fromLatin1(x.level) + " @" + where);
            QCOMPARE((i.time ? QString::fromStdString(i.time->toIso(3)) : QString()) + " @" + where,
                     QString::fromLatin1(x.dateObs) + " @" + where);
            QCOMPARE(i.width, x.width);
            QCOMPARE(i.height, x.height);
        }
        QCOMPARE(matched, kExpected.size());
    }

    void knownPixelFacts()
    {
        HB_REQUIRE_SHARED_DATA();
        // LASCO L0.5 onboard masks: whole zero 32x32 blocks, 6.0 % (C2) and 9.7 % (C3) of the frame.
        const hb::Frame c2 = hb::io::readFrame(hb::test::sharedData("lasco/c2_2010-01_venus/22322749.fts"));
        QVERIFY(std::fabs(zeroFraction(c2.image) - 0.060) < 0.002);
        const hb::Frame c3 = hb::io::readFrame(hb::test::sharedData("lasco/c3_2002-01_comet96p/32082111.fts"));
        QVERIFY(std::fabs(zeroFraction(c3.image) - 0.097) < 0.002);
        QCOMPARE(*c2.header.number("CROTA1"), 180.0);
        // HI-2 beacon: the left half holds BLANK (raw 0), read as missing.
        const hb::Frame hi2 = hb::io::readFrame(hb::test::sharedData("secchi/hi/hi_20110910_114721_s7h2A.fts"));
        QCOMPARE(hi2.image.countMasked(hb::bits(hb::MaskBit::Missing)), std::size_t{128 * 256});
        QVERIFY(std::isnan(hi2.image.at(10, 100)) && !std::isnan(hi2.image.at(200, 100)));
        QCOMPARE(hi2.info.downlink, hb::Downlink::Beacon);
        // MDI magnetogram: 298,490 NaN pixels off the disk.
        const hb::Frame mdi = hb::io::readFrame(hb::test::sharedData("soho_sdo/mdi.fd_M_96m_lev182.20101015_000000_TAI.data.fits"));
        QCOMPARE(mdi.image.countMasked(hb::bits(hb::MaskBit::Missing)), std::size_t{298490});
    }

    void realFramesRewriteAsConformingFits()
    {
        HB_REQUIRE_SHARED_DATA();
        QTemporaryDir dir;
        int written = 0;
        for (const auto& [rel, expected] : kExpected) {
            if (rel.ends_with(".header"))
                continue;
            const hb::Frame frame = hb::io::readFrame(hb::test::sharedData(rel));
            const QString out = dir.filePath(QStringLiteral("out%1.fits").arg(written++));
            hb::io::writeFitsFrame(frame, out.toStdString());
            const QStringList problems = hb::test::fitsverifyProblems(out);
            QVERIFY2(problems.isEmpty(), (rel + ": " + problems.join(QStringLiteral("; ")).toStdString()).c_str());
            const hb::Frame back = hb::io::readFrame(out.toStdString());
            QCOMPARE(back.image.width(), frame.image.width());
            QCOMPARE(field(back.info.detector), field(frame.info.detector));
            QCOMPARE(back.info.time.has_value(), frame.info.time.has_value());
        }
        QVERIFY(written > 20);
    }
};

QTEST_GUILESS_MAIN(TestRealData)
#include "tst_realdata.moc"
