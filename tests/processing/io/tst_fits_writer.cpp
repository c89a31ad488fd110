#include "core/error.h"
#include "io/file_reader.h"
#include "io/fits/fits_writer.h"
#include "test_support.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fitsio.h>

#include <cmath>
#include <limits>

namespace {

hb::Frame sampleFrame()
{
    hb::Frame frame;
    frame.image = hb::Image(16, 8);
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 16; ++x)
            frame.image.at(x, y) = static_cast<float>(x * 100 + y);
    frame.image.at(3, 2) = std::numeric_limits<float>::quiet_NaN();
    frame.image.addMask(3, 2, hb::bits(hb::MaskBit::Missing));
    frame.image.addMask(5, 5, hb::bits(hb::MaskBit::CosmicRay));
    auto& h = frame.header;
    h.append(hb::HeaderCard::string("TELESCOP", "SOHO"));
    h.append(hb::HeaderCard::string("INSTRUME", "LASCO"));
    h.append(hb::HeaderCard::string("DETECTOR", "C3"));
    h.append(hb::HeaderCard::string("DATE", "2002/06/06 23:03:55.204"));
    h.append(hb::HeaderCard::string("DATE-OBS", "2002/05/21"));
    h.append(hb::HeaderCard::string("TIME-OBS", "00:18:06.516"));
    h.append(hb::HeaderCard::number("EXPTIME", 19.0996));
    h.append(hb::HeaderCard::integer("BITPIX", 16));  // structural: the writer must make its own
    h.append(hb::HeaderCard::commentary("HISTORY", "offset_bias.pro\t1.24 12/13/01, 378.876"));
    h.addHistory("HelioBench test: a HISTORY card appended by a step");
    return frame;
}

} // namespace

class TestFitsWriter : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void writesReadableConformingFile()
    {
        const std::string p = m_dir.filePath(QStringLiteral("product.fits")).toStdString();
        hb::io::writeFitsFrame(sampleFrame(), p);

        const hb::Frame back = hb::io::readFrame(p);
        QCOMPARE(back.image.width(), 16);
        QCOMPARE(back.image.at(15, 7), 1507.0f);
        QVERIFY(std::isnan(back.image.at(3, 2)));
        QCOMPARE(QString::fromStdString(*back.header.text("DATE-OBS")), QStringLiteral("2002-05-21T00:18:06.516"));
        QVERIFY(QString::fromStdString(back.header.find("DATE-OBS")->comment).contains(QStringLiteral("2002/05/21")));
        QCOMPARE(QString::fromStdString(back.info.time->toIso(3)), QStringLiteral("2002-05-21T00:18:06.516"));
        const auto history = back.header.commentary("HISTORY");
        QCOMPARE(history.size(), std::size_t{2});
        QVERIFY(history[0].find('\t') == std::string::npos);  // tab replaced
        QCOMPARE(QString::fromStdString(history[1]), QStringLiteral("HelioBench test: a HISTORY card appended by a step"));
        QVERIFY(back.header.contains("CHECKSUM"));

        // The mask extension, read with CFITSIO directly.
        fitsfile* f = nullptr;
        int status = 0;
        fits_open_file(&f, p.c_str(), READONLY, &status);
        fits_movnam_hdu(f, IMAGE_HDU, const_cast<char*>("MASK"), 0, &status);
        std::vector<unsigned short> mask(16 * 8);
        int anynul = 0;
        fits_read_img(f, TUSHORT, 1, 128, nullptr, mask.data(), &anynul, &status);
        char bit2[FLEN_VALUE] = {};
        fits_read_key_str(f, "MASKB2", bit2, nullptr, &status);
        fits_close_file(f, &status);
        QCOMPARE(status, 0);
        QCOMPARE(mask[2 * 16 + 3], hb::bits(hb::MaskBit::Missing));
        QCOMPARE(mask[5 * 16 + 5], hb::bits(hb::MaskBit::CosmicRay));
        QCOMPARE(QString::fromLatin1(bit2), QStringLiteral("COSMIC_RAY"));

        const QStringList problems = hb::test::fitsverifyProblems(QString::fromStdString(p));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void integerTypesRoundAndClamp()
    {
        hb::Frame frame;
        frame.image = hb::Image(4, 1);
        frame.image.pixels()[0] = -5.0f;
        frame.image.pixels()[1] = 70000.0f;
        frame.image.pixels()[2] = 12.6f;
        frame.image.pixels()[3] = std::numeric_limits<float>::quiet_NaN();
        const std::string p = m_dir.filePath(QStringLiteral("u16.fits")).toStdString();
        hb::io::FitsWriteOptions options;
        options.pixelType = hb::io::FitsPixelType::UInt16;
        options.writeMask = false;
        options.blank = 0;
        hb::io::writeFitsFrame(frame, p, options);
        const hb::Frame back = hb::io::readFrame(p);
        QCOMPARE(back.image.pixels()[0], 0.0f);
        QCOMPARE(back.image.pixels()[1], 65535.0f);
        QCOMPARE(back.image.pixels()[2], 13.0f);
        QVERIFY(std::isnan(back.image.pixels()[3]));
    }

    void neverOverwritesWithoutAsking()
    {
        const std::string p = m_dir.filePath(QStringLiteral("once.fits")).toStdString();
        hb::io::writeFitsFrame(sampleFrame(), p);
        const QString before = hb::test::fileHash(QString::fromStdString(p));
        hb::Frame other = sampleFrame();
        other.image.at(0, 0) = 42.0f;
        try {
            hb::io::writeFitsFrame(other, p);
            QFAIL("an existing file was overwritten");
        } catch (const hb::Error& e) {
            QVERIFY(QString::fromStdString(e.problem()).contains(QStringLiteral("exists")));
        }
        QCOMPARE(hb::test::fileHash(QString::fromStdString(p)), before);
        hb::io::FitsWriteOptions options;
        options.overwrite = true;
        hb::io::writeFitsFrame(other, p, options);
        QCOMPARE(hb::io::readFrame(p).image.at(0, 0), 42.0f);
        // No temporary files are left behind.
        const QStringList leftovers = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp-"));
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    void failedWriteLeavesNothing()
    {
        const std::string p = m_dir.filePath(QStringLiteral("no/such/folder/out.fits")).toStdString();
        QVERIFY_THROWS_EXCEPTION(hb::Error, hb::io::writeFitsFrame(sampleFrame(), p));
    }

    void emptyPrimaryLayout()
    {
        hb::Frame frame;
        frame.image = hb::Image(8, 4, 3.0f);
        frame.header.append(hb::HeaderCard::number("EXPTIME", 5.0));
        hb::io::FitsWriteOptions options;
        hb::Header primary;
        primary.append(hb::HeaderCard::string("TELESCOP", "ROMAN"));
        primary.append(hb::HeaderCard::string("INSTRUME", "CGI"));
        primary.append(hb::HeaderCard::string("DETECTOR", "EXCAM"));
        options.primaryHeader = primary;
        const std::string p = m_dir.filePath(QStringLiteral("ext.fits")).toStdString();
        hb::io::writeFitsFrame(frame, p, options);
        const hb::Frame back = hb::io::readFrame(p);
        QCOMPARE(back.info.hdu, 1);
        QCOMPARE(QString::fromStdString(*back.info.detector), QStringLiteral("EXCAM"));  // inherited from the primary
        QCOMPARE(*back.info.exposure, 5.0);
    }
};

QTEST_GUILESS_MAIN(TestFitsWriter)
#include "tst_fits_writer.moc"
