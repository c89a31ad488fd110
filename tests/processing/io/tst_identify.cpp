#include "core/error.h"
#include "io/identify/identify.h"

#include <QTest>

using hb::HeaderCard;

namespace {
hb::io::FileHeader secchiHeader(const char* detector, const char* observatory, const char* dateObs)
{
    hb::io::FileHeader fh;
    fh.header.append(HeaderCard::string("INSTRUME", "SECCHI"));
    fh.header.append(HeaderCard::string("DETECTOR", detector));
    fh.header.append(HeaderCard::string("OBSRVTRY", observatory));
    fh.header.append(HeaderCard::string("DATE-OBS", dateObs));
    fh.header.append(HeaderCard::number("EXPTIME", 6.0));
    fh.header.append(HeaderCard::number("POLAR", 1001.0));
    fh.header.append(HeaderCard::string("DOWNLINK", "SSR1"));
    fh.image = hb::io::ImageLayout{0, 16, {1024, 1024}, false};
    return fh;
}

bool hasWarning(const hb::ObservationInfo& info, const char* needle)
{
    for (const auto& w : info.warnings)
        if (w.find(needle) != std::string::npos)
            return true;
    return false;
}
} // namespace

class TestIdentify : public QObject {
    Q_OBJECT
private slots:
    void headerAndNameAgree()
    {
        const auto info = hb::io::identify(secchiHeader("COR2", "STEREO_A", "2008-12-12T00:15:00.005"),
                                           "/d/20081212_001500_d4c2A.fts");
        QCOMPARE(*info.mission, std::string("STEREO"));
        QCOMPARE(*info.spacecraft, std::string("STEREO-A"));
        QCOMPARE(*info.detector, std::string("COR2"));
        QCOMPARE(*info.level, std::string("0.5"));
        QCOMPARE(*info.polarization, std::string("1001"));
        QCOMPARE(info.downlink, hb::Downlink::Science);
        QCOMPARE(info.width, 1024);
        QVERIFY2(info.warnings.empty(), info.warnings.empty() ? "" : info.warnings.front().c_str());
    }

    void disagreementsAreReportedAndTheHeaderWins()
    {
        const auto info = hb::io::identify(secchiHeader("COR1", "STEREO_B", "2008-12-12T03:00:00"),
                                           "/d/20081212_001500_s7c2A.fts");
        QCOMPARE(*info.detector, std::string("COR1"));
        QCOMPARE(*info.spacecraft, std::string("STEREO-B"));
        QVERIFY(hasWarning(info, "detector COR2"));
        QVERIFY(hasWarning(info, "spacecraft STEREO-A"));
        QVERIFY(hasWarning(info, "differs from the header"));
        QVERIFY(hasWarning(info, "beacon downlink"));
    }

    void timeFromNameWhenHeaderHasNone()
    {
        hb::io::FileHeader fh;
        fh.header.append(HeaderCard::string("INSTRUME", "SECCHI"));
        const auto info = hb::io::identify(fh, "20070503_102018_s4c1A.fts");
        QCOMPARE(QString::fromStdString(info.time->toIso(0)), QStringLiteral("2007-05-03T10:20:18"));
        QVERIFY(hasWarning(info, "taken from the file name"));
    }

    void unknownFilesStayUnknown()
    {
        hb::io::FileHeader fh;
        fh.header.append(HeaderCard::string("OBJECT", "something"));
        const auto info = hb::io::identify(fh, "mystery.fits");
        QVERIFY(!info.mission && !info.spacecraft && !info.instrument && !info.detector && !info.level && !info.time);
    }

    void garbageExposureIsAnError()
    {
        auto fh = secchiHeader("COR2", "STEREO_A", "2008-12-12T00:15:00");
        fh.header.set(HeaderCard::string("EXPTIME", "abc"));
        fh.header.setSource("/d/x.fts");
        QVERIFY_THROWS_EXCEPTION(hb::Error, hb::io::identify(fh, "/d/x.fts"));
    }

    void originalNameFromFilenameKeyword()
    {
        hb::io::FileHeader fh;
        fh.header.append(HeaderCard::string("FILENAME", "32088304.fts"));
        fh.header.append(HeaderCard::string("INSTRUME", "LASCO"));
        fh.header.append(HeaderCard::string("DETECTOR", "C3"));
        const auto info = hb::io::identify(fh, "/d/lasco_c3.header");
        QCOMPARE(*info.level, std::string("0.5"));
    }
};

QTEST_GUILESS_MAIN(TestIdentify)
#include "tst_identify.moc"
