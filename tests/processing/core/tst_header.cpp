#include "core/error.h"
#include "core/header.h"

#include <QTest>

using hb::CardKind;
using hb::Header;
using hb::HeaderCard;

namespace {
std::string card(const std::string& text)
{
    std::string s = text;
    s.resize(80, ' ');
    return s;
}
} // namespace

class TestHeader : public QObject {
    Q_OBJECT
private slots:
    void parsesValueCards_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("comment");
        QTest::newRow("string") << "INSTRUME= 'SECCHI  '           /" << "INSTRUME" << "'SECCHI  '" << "";
        QTest::newRow("number") << "EXPTIME =              1199.94 /   computed onboard" << "EXPTIME" << "1199.94" << "computed onboard";
        QTest::newRow("slash in string") << "READFILE= 'ops/tables/a.img' / path" << "READFILE" << "'ops/tables/a.img'" << "path";
        QTest::newRow("quote escape") << "ORIGIN  = 'Institut d''Astrophysique' / where" << "ORIGIN" << "'Institut d''Astrophysique'" << "where";
        QTest::newRow("logical") << "RECTIFY =                    T /" << "RECTIFY" << "T" << "";
        QTest::newRow("hierarch") << "HIERARCH FWC_EM_E = 100000 / full well" << "FWC_EM_E" << "100000" << "full well";
        QTest::newRow("lower-case keyword") << "exptime =                  5.0" << "EXPTIME" << "5.0" << "";
    }
    void parsesValueCards()
    {
        QFETCH(QString, image);
        QFETCH(QString, keyword);
        QFETCH(QString, value);
        QFETCH(QString, comment);
        const HeaderCard c = HeaderCard::parse(card(image.toStdString()));
        QCOMPARE(c.kind, CardKind::Value);
        QCOMPARE(QString::fromStdString(c.keyword), keyword);
        QCOMPARE(QString::fromStdString(c.value), value);
        QCOMPARE(QString::fromStdString(c.comment), comment);
    }

    void commentaryAndEnd()
    {
        const HeaderCard h = HeaderCard::parse(card("HISTORY offset_bias.pro\t1.24 12/13/01, 378.876"));
        QCOMPARE(h.kind, CardKind::Commentary);
        QCOMPARE(QString::fromStdString(h.value), QStringLiteral("offset_bias.pro\t1.24 12/13/01, 378.876"));
        QCOMPARE(HeaderCard::parse(card("END")).kind, CardKind::End);
        QCOMPARE(HeaderCard::parse(card("COMMENT = not a value")).kind, CardKind::Commentary);
    }

    void imageRoundTrip()
    {
        for (const HeaderCard& c : {HeaderCard::string("DATE-OBS", "2007-05-03T10:20:18.005", "start"),
                                    HeaderCard::number("EXPTIME", 1.7), HeaderCard::integer("NAXIS1", 1024),
                                    HeaderCard::logical("RECTIFY", true), HeaderCard::string("NAME", "it's"),
                                    HeaderCard::commentary("HISTORY", "made by a test")}) {
            const std::string image = c.image();
            QCOMPARE(image.size(), std::size_t{80});
            const HeaderCard back = HeaderCard::parse(image);
            QCOMPARE(back.keyword, c.keyword);
            QCOMPARE(back.value, c.value);
            QCOMPARE(back.comment, c.comment);
        }
        QCOMPARE(QString::fromStdString(HeaderCard::number("X", 1.0).image().substr(0, 30)),
                 QStringLiteral("X       =                  1.0"));
    }

    void typedAccess()
    {
        Header h("file.fts");
        h.append(HeaderCard::parse(card("EXPTIME =              1199.94")));
        h.append(HeaderCard::parse(card("NAXIS1  =                 1024")));
        h.append(HeaderCard::parse(card("BIG     =              1.5D+03")));
        h.append(HeaderCard::parse(card("VERSION = '   4    '")));
        h.append(HeaderCard::parse(card("RECTIFY = 'TRUE    '")));
        h.append(HeaderCard::parse(card("TIME-OBS= ''")));
        QCOMPARE(*h.number("EXPTIME"), 1199.94);
        QCOMPARE(*h.integer("NAXIS1"), 1024LL);
        QCOMPARE(*h.number("BIG"), 1500.0);
        QCOMPARE(*h.integer("VERSION"), 4LL);  // numbers written as strings are read
        QCOMPARE(*h.logical("RECTIFY"), true);
        QVERIFY(h.text("TIME-OBS").value_or("x").empty());
        QVERIFY(!h.number("ABSENT").has_value());
        QVERIFY_THROWS_EXCEPTION(hb::Error, h.integer("EXPTIME"));  // 1199.94 is no whole number
    }

    void garbageValueNamesFileAndKeyword()
    {
        Header h("/data/20070503_102018_s4c1A.fts");
        h.append(HeaderCard::parse(card("EXPTIME = 'abc'")));
        try {
            (void)h.exposureTime();
            QFAIL("no error for EXPTIME = 'abc'");
        } catch (const hb::Error& e) {
            const QString what = QString::fromStdString(e.what());
            QVERIFY2(what.contains(QStringLiteral("20070503_102018_s4c1A.fts")), qPrintable(what));
            QVERIFY2(what.contains(QStringLiteral("EXPTIME")), qPrintable(what));
            QVERIFY2(what.contains(QStringLiteral("'abc'")), qPrintable(what));
        }
        Header neg("x.fts");
        neg.append(HeaderCard::number("EXPTIME", -3.0));
        QVERIFY_THROWS_EXCEPTION(hb::Error, neg.exposureTime());
    }

    void observationTimePreference()
    {
        Header lasco;
        lasco.append(HeaderCard::string("DATE-OBS", "2002/05/21"));
        lasco.append(HeaderCard::string("TIME-OBS", "00:18:06.516"));
        QCOMPARE(QString::fromStdString(lasco.observationTime()->toIso(3)), QStringLiteral("2002-05-21T00:18:06.516"));

        Header jsoc;
        jsoc.append(HeaderCard::string("T_OBS", "2010.07.27_00:09:05_TAI"));
        QCOMPARE(QString::fromStdString(jsoc.observationTime()->toIso(0)), QStringLiteral("2010-07-27T00:08:31"));

        Header bad("bad.fts");
        bad.append(HeaderCard::string("DATE-OBS", "yesterday"));
        QVERIFY_THROWS_EXCEPTION(hb::Error, bad.observationTime());
        QVERIFY(!Header().observationTime().has_value());
    }

    void continueCards()
    {
        Header h;
        h.append(HeaderCard::parse(card("LONGSTR = 'first part &'")));
        h.append(HeaderCard::parse(card("CONTINUE  'second part'")));
        QCOMPARE(QString::fromStdString(*h.text("LONGSTR")), QStringLiteral("first part second part"));
    }

    void editing()
    {
        Header h;
        h.append(HeaderCard::number("EXPTIME", 1.0));
        h.set(HeaderCard::number("EXPTIME", 2.0, "normalised"));
        h.set(HeaderCard::string("BUNIT", "DN/s"));
        QCOMPARE(h.size(), std::size_t{2});
        QCOMPARE(*h.number("EXPTIME"), 2.0);
        QCOMPARE(QString::fromStdString(h.find("EXPTIME")->comment), QStringLiteral("normalised"));
        const std::string longText(150, 'x');
        h.addHistory(longText);
        QCOMPARE(h.commentary("HISTORY").size(), std::size_t{3});  // 72 + 72 + 6 characters
        h.remove("BUNIT");
        QVERIFY(!h.contains("BUNIT"));
    }
};

QTEST_GUILESS_MAIN(TestHeader)
#include "tst_header.moc"
