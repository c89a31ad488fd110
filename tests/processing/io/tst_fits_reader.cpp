#include "core/error.h"
#include "io/file_reader.h"
#include "io/fits/fits_reader.h"

#include <QTemporaryDir>
#include <QTest>

#include <fitsio.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <fstream>
#include <vector>

namespace {

// Writes a small image with raw CFITSIO calls: the reader is checked against the library's
// own writer, not against HelioBench's.
void writeRaw(const std::string& path, int bitpix, const std::vector<double>& physical, long width, long height,
              double bscale, double bzero, std::optional<long long> blank, long planes = 1, bool compress = false)
{
    fitsfile* f = nullptr;
    int status = 0;
    std::remove(path.c_str());
    fits_create_file(&f, (compress ? path + "[compress R]" : path).c_str(), &status);
    long axes[3] = {width, height, planes};
    fits_create_img(f, bitpix, planes > 1 ? 3 : 2, axes, &status);
    if (bscale != 1.0 || bzero != 0.0) {
        fits_write_key_dbl(f, "BSCALE", bscale, -15, nullptr, &status);
        fits_write_key_dbl(f, "BZERO", bzero, -15, nullptr, &status);
        fits_set_bscale(f, bscale, bzero, &status);
    }
    if (blank)
        fits_write_key_lng(f, "BLANK", *blank, nullptr, &status);
    fits_write_key_str(f, "INSTRUME", "SECCHI", nullptr, &status);
    fits_write_key_str(f, "DETECTOR", "COR2", nullptr, &status);
    fits_write_key_dbl(f, "EXPTIME", 6.0, -6, nullptr, &status);
    if (compress) {
        // Compressed images take their native type only.
        std::vector<short> data(physical.begin(), physical.end());
        fits_write_img(f, TSHORT, 1, static_cast<LONGLONG>(data.size()), data.data(), &status);
    } else {
        std::vector<double> data = physical;
        fits_write_img(f, TDOUBLE, 1, static_cast<LONGLONG>(data.size()), data.data(), &status);
    }
    fits_close_file(f, &status);
    QVERIFY2(status == 0, "CFITSIO failed to write the test file");
}

} // namespace

class TestFitsReader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)).toStdString(); }

private slots:
    void everyBitpix_data()
    {
        QTest::addColumn<int>("bitpix");
        QTest::addColumn<double>("bscale");
        QTest::addColumn<double>("bzero");
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("step");
        QTest::newRow("8 bit") << int(BYTE_IMG) << 1.0 << 0.0 << 0.0 << 1.0;
        QTest::newRow("16 bit signed") << int(SHORT_IMG) << 1.0 << 0.0 << -300.0 << 7.0;
        QTest::newRow("16 bit unsigned") << int(SHORT_IMG) << 1.0 << 32768.0 << 60000.0 << 3.0;
        QTest::newRow("16 bit scaled (LASCO L1)") << int(SHORT_IMG) << 9.9e-14 << 3.25e-9 << (3.25e-9 - 20000 * 9.9e-14) << 9.9e-14;
        QTest::newRow("32 bit") << int(LONG_IMG) << 1.0 << 0.0 << -100000.0 << 1234.0;
        QTest::newRow("64 bit") << int(LONGLONG_IMG) << 1.0 << 0.0 << 1.0e6 << 10.0;
        QTest::newRow("float") << int(FLOAT_IMG) << 1.0 << 0.0 << -1.5 << 0.25;
        QTest::newRow("double") << int(DOUBLE_IMG) << 1.0 << 0.0 << 3.0e-12 << 1.0e-13;
    }
    void everyBitpix()
    {
        QFETCH(int, bitpix);
        QFETCH(double, bscale);
        QFETCH(double, bzero);
        QFETCH(double, first);
        QFETCH(double, step);
        const long w = 7, h = 5;
        std::vector<double> values(static_cast<std::size_t>(w * h));
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = first + step * static_cast<double>(i);
        const std::string p = path("bitpix.fits");
        writeRaw(p, bitpix, values, w, h, bscale, bzero, std::nullopt);
        const hb::Frame frame = hb::io::readFrame(p);
        QCOMPARE(frame.image.width(), int(w));
        QCOMPARE(frame.image.height(), int(h));
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double got = frame.image.pixels()[i];
            QVERIFY2(std::fabs(got - values[i]) <= 1e-6 * std::fabs(values[i]) + 1e-20,
                     qPrintable(QStringLiteral("pixel %1: %2 != %3").arg(i).arg(got).arg(values[i])));
        }
        QCOMPARE(frame.image.countMasked(hb::bits(hb::MaskBit::Missing)), std::size_t{0});
        QCOMPARE(QString::fromStdString(*frame.info.detector), QStringLiteral("COR2"));
    }

    void blankBecomesNanAndMissing()
    {
        std::vector<double> values{1, 2, 0, 4, 5, 0};
        const std::string p = path("blank.fits");
        writeRaw(p, LONG_IMG, values, 3, 2, 1.0, 0.0, 0);  // SECCHI HI writes BLANK = 0
        const hb::Frame frame = hb::io::readFrame(p);
        QVERIFY(std::isnan(frame.image.at(2, 0)));
        QVERIFY(std::isnan(frame.image.at(2, 1)));
        QCOMPARE(frame.image.at(1, 1), 5.0f);
        QCOMPARE(frame.image.countMasked(hb::bits(hb::MaskBit::Missing)), std::size_t{2});
    }

    void tileCompressedInExtension()
    {
        std::vector<double> values(64 * 32);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = static_cast<double>(i % 97);
        const std::string p = path("rice.fits");
        writeRaw(p, SHORT_IMG, values, 64, 32, 1.0, 0.0, std::nullopt, 1, true);
        const hb::io::FileHeader fh = hb::io::readFitsHeader(p);
        QVERIFY(fh.image);
        QVERIFY(fh.image->tileCompressed);
        QCOMPARE(fh.image->hdu, 1);  // under an empty primary
        QCOMPARE(fh.image->bitpix, 16);
        QVERIFY(!fh.header.contains("ZIMAGE"));  // presented as the image it stands for
        const hb::Frame frame = hb::io::readFrame(p);
        QCOMPARE(frame.image.at(63, 31), static_cast<float>((31 * 64 + 63) % 97));
        QCOMPARE(frame.info.hdu, 1);
    }

    void gzipCompressedFile()
    {
        std::vector<double> values{10, 20, 30, 40};
        const std::string p = path("small.fits.gz");
        writeRaw(p, SHORT_IMG, values, 2, 2, 1.0, 0.0, std::nullopt);
        std::ifstream in(p, std::ios::binary);
        unsigned char magic[2] = {};
        in.read(reinterpret_cast<char*>(magic), 2);
        QCOMPARE(int(magic[0]), 0x1f);  // really gzip on disk
        const hb::Frame frame = hb::io::readFrame(p);
        QCOMPARE(frame.image.at(1, 1), 40.0f);
    }

    void cubePlanes()
    {
        std::vector<double> values(3 * 2 * 4);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = static_cast<double>(i);
        const std::string p = path("cube.fits");
        writeRaw(p, FLOAT_IMG, values, 3, 2, 1.0, 0.0, std::nullopt, 4);
        hb::io::FitsReadOptions options;
        options.plane = 2;
        const hb::Frame frame = hb::io::readFrame(p, options);
        QCOMPARE(frame.info.planes, 4);
        QCOMPARE(frame.image.at(0, 0), 12.0f);
        options.plane = 4;
        try {
            (void)hb::io::readFrame(p, options);
            QFAIL("plane 4 of 4 was accepted");
        } catch (const hb::Error& e) {
            QVERIFY(QString::fromStdString(e.problem()).contains(QStringLiteral("4 plane(s)")));
        }
    }

    void headerOnlyFile()
    {
        fitsfile* f = nullptr;
        int status = 0;
        const std::string p = path("header_only.fits");
        fits_create_file(&f, p.c_str(), &status);
        fits_create_img(f, BYTE_IMG, 0, nullptr, &status);
        fits_write_key_str(f, "TELESCOP", "SOHO", nullptr, &status);
        fits_write_key_str(f, "INSTRUME", "LASCO", nullptr, &status);
        fits_close_file(f, &status);
        QCOMPARE(status, 0);
        const hb::Frame frame = hb::io::readFrame(p);
        QVERIFY(frame.image.isEmpty());
        QCOMPARE(QString::fromStdString(*frame.info.instrument), QStringLiteral("LASCO"));
    }

    void aFileCutShortIsReadAsFarAsItGoes()
    {
        std::vector<double> values(100 * 100, 5.0);
        const std::string p = path("truncated.fits");
        writeRaw(p, SHORT_IMG, values, 100, 100, 1.0, 0.0, std::nullopt);
        // One header record, then 5,000 of the 20,000 data bytes: one whole record of pixels.
        std::filesystem::resize_file(p, 2880 + 5000);
        const hb::io::FileHeader header = hb::io::readFileHeader(p);
        QVERIFY(header.image && header.image->cutShort());
        QCOMPARE(header.image->dataBytes, 20000LL);
        QCOMPARE(header.image->presentBytes, 5000LL);
        const hb::Frame frame = hb::io::readFrame(p);
        QCOMPARE(frame.image.at(0, 0), 5.0f);
        QCOMPARE(frame.image.at(39, 14), 5.0f);  // pixel 1439, the last of the first record
        QVERIFY(std::isnan(frame.image.at(40, 14)) && (frame.image.maskAt(40, 14) & bits(hb::MaskBit::Missing)));
        QCOMPARE(frame.image.countMasked(bits(hb::MaskBit::Missing)), std::size_t(10000 - 1440));
        bool said = false;
        for (const std::string& h : frame.header.commentary("HISTORY"))
            said |= h.find("cut short") != std::string::npos && h.find("2500 of the 10000 pixels") != std::string::npos;
        QVERIFY(said);
        // Cut before a whole record of pixels: nothing to show, and it says why.
        std::filesystem::resize_file(p, 2880 + 1000);
        try {
            (void)hb::io::readFrame(p);
            QFAIL("a file without a pixel was read");
        } catch (const hb::Error& e) {
            const QString what = QString::fromStdString(e.what());
            QVERIFY2(what.contains(QStringLiteral("cut short")) && what.contains(QStringLiteral("19000 bytes missing")), qPrintable(what));
            QVERIFY2(what.contains(QString::fromStdString(p)), qPrintable(what));
        }
        // A whole file is not cut short.
        writeRaw(p, SHORT_IMG, values, 100, 100, 1.0, 0.0, std::nullopt);
        QVERIFY(!hb::io::readFileHeader(p).image->cutShort());
    }

    void badBitpixIsNamed()
    {
        // A hand-made primary header with BITPIX = 17, padded to one FITS block.
        std::string block;
        for (const char* card : {"SIMPLE  =                    T", "BITPIX  =                   17", "NAXIS   =                    2",
                                 "NAXIS1  =                    4", "NAXIS2  =                    4", "END"}) {
            std::string c(card);
            c.resize(80, ' ');
            block += c;
        }
        block.resize(2880 * 2, ' ');
        const std::string p = path("bitpix17.fits");
        std::ofstream(p, std::ios::binary) << block;
        try {
            (void)hb::io::readFrame(p);
            QFAIL("BITPIX = 17 accepted");
        } catch (const hb::Error& e) {
            const QString what = QString::fromStdString(e.what());
            QVERIFY2(what.contains(QStringLiteral("BITPIX"), Qt::CaseInsensitive), qPrintable(what));
            QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(p));
        }
    }

    void notFitsAndMissingFiles()
    {
        const std::string p = path("text.fits");
        std::ofstream(p) << "this is not a FITS file at all, just some words to fill the first block";
        QVERIFY_THROWS_EXCEPTION(hb::Error, hb::io::readFrame(p));
        QVERIFY_THROWS_EXCEPTION(hb::Error, hb::io::readFrame(path("absent.fits")));
        const std::string empty = path("empty.fits");
        std::ofstream(empty).close();
        try {
            (void)hb::io::readFrame(empty);
            QFAIL("empty file read");
        } catch (const hb::Error& e) {
            QCOMPARE(QString::fromStdString(e.problem()), QStringLiteral("the file is empty"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFitsReader)
#include "tst_fits_reader.moc"
