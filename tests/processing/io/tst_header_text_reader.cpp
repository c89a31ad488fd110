#include "core/error.h"
#include "io/fits/header_text_reader.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

class TestHeaderTextReader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string write(const char* name, const std::string& text)
    {
        const std::string p = m_dir.filePath(QString::fromLatin1(name)).toStdString();
        std::ofstream(p, std::ios::binary) << text;
        return p;
    }

private slots:
    void readsRealHeader()
    {
        HB_REQUIRE_SHARED_DATA();
        const auto fh = hb::io::readHeaderText(hb::test::sharedData("secchi/headers/20250622_000831_s4h1A.header"));
        QCOMPARE(fh.header.size(), std::size_t{251});  // 252 cards including END
        QVERIFY(fh.image);
        QCOMPARE(fh.image->width(), 1024);
        QCOMPARE(fh.image->bitpix, 32);
        QCOMPARE(*fh.header.integer("N_IMAGES"), 30LL);
        QCOMPARE(fh.header.commentary("HISTORY").size(), std::size_t{8});
    }

    void acceptsShortLinesAndJoinedCards()
    {
        std::string joined = "COMMENT first";
        joined.resize(80, ' ');
        joined += "COMMENT second";
        joined.resize(160, ' ');
        const auto p = write("short.header", "SIMPLE  = T\nNAXIS   = 2\nNAXIS1  = 10\nNAXIS2 = 20\n" + joined + "\nEND\nJUNK after end\n");
        const auto fh = hb::io::readHeaderText(p);
        QCOMPARE(fh.header.commentary("COMMENT").size(), std::size_t{2});
        QCOMPARE(fh.image->width(), 10);
    }

    void rejectsWhatIsNotAHeader_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("wrong first card") << QByteArray("NAXIS   = 2\n") << "expected SIMPLE";
        QTest::newRow("binary") << QByteArray("SIMPLE  = T\n\x01\x02\x03\n", 16) << "non-printable";
        QTest::newRow("line too long") << QByteArray("SIMPLE  = T\n" + QByteArray(95, 'A') + "\n") << "at most 80";
    }
    void rejectsWhatIsNotAHeader()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const auto p = write("bad.header", content.toStdString());
        try {
            (void)hb::io::readHeaderText(p);
            QFAIL("accepted");
        } catch (const hb::Error& e) {
            QVERIFY2(QString::fromStdString(e.problem()).contains(expected), e.what());
            QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(p));
        }
    }
};

QTEST_GUILESS_MAIN(TestHeaderTextReader)
#include "tst_header_text_reader.moc"
