// The catalog's fast header path must say exactly what CFITSIO says, or step aside.
#include "catalog/file_discovery.h"
#include "io/fits/fits_reader.h"
#include "io/fits/plain_header_reader.h"
#include "simulate/simulation_kind.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

namespace {

void expectSameAsCfitsio(const std::string& path)
{
    const auto fast = hb::io::readPlainFitsHeader(path);
    if (!fast)
        return;  // stepped aside: CFITSIO handles it
    const hb::io::FileHeader reference = hb::io::readFitsHeader(path);
    QCOMPARE(fast->image.has_value(), reference.image.has_value());
    if (fast->image) {
        QCOMPARE(fast->image->hdu, reference.image->hdu);
        QCOMPARE(fast->image->bitpix, reference.image->bitpix);
        QCOMPARE(fast->image->axes, reference.image->axes);
    }
    QCOMPARE(fast->header.size(), reference.header.size());
    for (std::size_t i = 0; i < fast->header.size(); ++i) {
        const auto& a = fast->header.cards()[i];
        const auto& b = reference.header.cards()[i];
        QVERIFY2(a.keyword == b.keyword && a.value == b.value && a.comment == b.comment,
                 (path + ": card " + std::to_string(i) + " " + a.keyword + " vs " + b.keyword).c_str());
    }
}

} // namespace

class TestPlainHeaderReader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void agreesOnEverySimulatedKind()
    {
        int used = 0;
        for (auto kind : hb::simulate::allKinds()) {
            if (kind == hb::simulate::SimulationKind::Mag)
                continue;  // CDF, not FITS
            const QString name = QString::fromLatin1(hb::simulate::kindName(kind).data(), int(hb::simulate::kindName(kind).size()));
            const int size = kind == hb::simulate::SimulationKind::Excam ? 0 : 64;
            for (const auto& f : hb::test::simulateInto(m_dir.filePath(name), hb::simulate::kindName(kind).data(), 2, size)) {
                QVERIFY2(hb::io::readPlainFitsHeader(f).has_value(), f.c_str());  // all plain FITS
                expectSameAsCfitsio(f);
                ++used;
            }
        }
        QCOMPARE(used, 16);
    }

    void agreesOnRealFilesAndStepsAsideForCompressedOnes()
    {
        HB_REQUIRE_SHARED_DATA();
        int fast = 0, aside = 0;
        for (const auto& f : hb::discoverInputFiles(hb::test::sharedDataDir())) {
            if (f.ends_with(".header"))
                continue;
            expectSameAsCfitsio(f);
            (hb::io::readPlainFitsHeader(f) ? fast : aside)++;
        }
        QVERIFY(fast >= 25);
        QVERIFY(aside >= 4);  // AIA cutout, three MDI files: tile-compressed
        QVERIFY(!hb::io::readPlainFitsHeader(hb::test::sharedData("soho_sdo/aia_171_cutout.fits")).has_value());
    }

    void stepsAsideForDamage()
    {
        const std::string p = m_dir.filePath(QStringLiteral("short.fits")).toStdString();
        std::ofstream(p) << "SIMPLE  =                    T";
        QVERIFY(!hb::io::readPlainFitsHeader(p).has_value());
        QVERIFY(!hb::io::readPlainFitsHeader(m_dir.filePath(QStringLiteral("absent.fits")).toStdString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPlainHeaderReader)
#include "tst_plain_header_reader.moc"
