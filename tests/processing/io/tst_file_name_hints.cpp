#include "io/naming/file_name_hints.h"

#include <QTest>

using hb::io::FileNameHints;

namespace {
QString orEmpty(const std::optional<std::string>& s)
{
    return s ? QString::fromStdString(*s) : QString();
}
} // namespace

class TestFileNameHints : public QObject {
    Q_OBJECT
private slots:
    void conventions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QString>("detector");
        QTest::addColumn<QString>("spacecraft");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("downlink");
        const int sci = int(hb::Downlink::Science), beacon = int(hb::Downlink::Beacon), unknown = int(hb::Downlink::Unknown);
        QTest::newRow("cor1 A") << "20070503_102018_s4c1A.fts" << "SECCHI" << "COR1" << "STEREO-A" << "0.5" << "2007-05-03T10:20:18" << sci;
        QTest::newRow("cor1 b lower") << "20070503_102018_s4c1b.fts" << "SECCHI" << "COR1" << "STEREO-B" << "0.5" << "2007-05-03T10:20:18" << sci;
        QTest::newRow("sunpy prefix+suffix") << "euvi_20090615_000900_n4euA_s.fts" << "SECCHI" << "EUVI" << "STEREO-A" << "0.5" << "2009-06-15T00:09:00" << sci;
        QTest::newRow("hi2 beacon") << "hi_20110910_114721_s7h2A.fts" << "SECCHI" << "HI2" << "STEREO-A" << "0.5" << "2011-09-10T11:47:21" << beacon;
        QTest::newRow("cor2 double") << "20081212_001500_d4c2A.fts" << "SECCHI" << "COR2" << "STEREO-A" << "0.5" << "2008-12-12T00:15:00" << sci;
        QTest::newRow("L1 total brightness") << "20070503_102018_1B4c1A.fts" << "SECCHI" << "COR1" << "STEREO-A" << "1" << "2007-05-03T10:20:18" << sci;
        QTest::newRow("lasco c2 L0.5") << "22322544.fts" << "LASCO" << "C2" << "SOHO" << "0.5" << "" << unknown;
        QTest::newRow("lasco c3 L1") << "35082085.fts" << "LASCO" << "C3" << "SOHO" << "1" << "" << unknown;
        QTest::newRow("lasco labelled") << "Venus_22322544.fts" << "LASCO" << "C2" << "SOHO" << "0.5" << "" << unknown;
        QTest::newRow("excam archive") << "cgi_0200001001001001001_20240403t105401_l1_.fits" << "CGI" << "EXCAM" << "Roman" << "1" << "2024-04-03T10:54:01" << unknown;
        QTest::newRow("excam short") << "CGI_EXCAM_L2a_0001.fits" << "CGI" << "EXCAM" << "Roman" << "2a" << "" << unknown;
        QTest::newRow("eit") << "efz20040301.000010" << "EIT" << "" << "SOHO" << "" << "" << unknown;
        QTest::newRow("mdi") << "mdi.fd_Ic.20101015_230100_TAI.data.fits" << "MDI" << "" << "SOHO" << "" << "" << unknown;
        QTest::newRow("aia") << "aia_171_cutout.fits" << "AIA" << "" << "SDO" << "" << "" << unknown;
    }
    void conventions()
    {
        QFETCH(QString, name);
        QFETCH(QString, instrument);
        QFETCH(QString, detector);
        QFETCH(QString, spacecraft);
        QFETCH(QString, level);
        QFETCH(QString, time);
        QFETCH(int, downlink);
        const auto h = hb::io::parseAnyName(name.toStdString());
        QVERIFY(h);
        QCOMPARE(orEmpty(h->instrument), instrument);
        QCOMPARE(orEmpty(h->detector), detector);
        QCOMPARE(orEmpty(h->spacecraft), spacecraft);
        QCOMPARE(orEmpty(h->level), level);
        QCOMPARE(h->time ? QString::fromStdString(h->time->toIso(0)) : QString(), time);
        QCOMPARE(int(h->downlink), downlink);
    }

    void unknownNames()
    {
        for (const char* n : {"notes.txt", "HLC_scistar_coadd_epoch01.fits", "12345678.fts", "20070503_102018.fts"})
            QVERIFY2(!hb::io::parseAnyName(n).has_value(), n);
    }
};

QTEST_GUILESS_MAIN(TestFileNameHints)
#include "tst_file_name_hints.moc"
