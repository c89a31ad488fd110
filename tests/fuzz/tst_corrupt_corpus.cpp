// A corpus of damaged files made from real and simulated ones: truncations at many lengths and
// flipped bytes in header and data. Each must read or fail with hb::Error naming the file —
// never crash, hang or throw anything else. Run under the asan-ubsan preset in CI.
#include "core/error.h"
#include "catalog/folder_scanner.h"
#include "io/file_reader.h"
#include "simulate/random_stream.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <iterator>

namespace {

std::vector<char> slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void spit(const std::string& path, const std::vector<char>& bytes, std::size_t length)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(length));
}

} // namespace

class TestCorruptCorpus : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::vector<std::string> m_sources;
    int m_read = 0, m_rejected = 0;

    void check(const std::string& path)
    {
        try {
            (void)hb::io::readFrame(path);
            ++m_read;
        } catch (const hb::Error& e) {
            ++m_rejected;
            QCOMPARE(e.file(), path);
            QVERIFY(!e.problem().empty());
        }
        const hb::CatalogEntry entry = hb::scanFile(path);  // the catalog path never throws
        QVERIFY(entry.ok || !entry.error.empty());
    }

private slots:
    void initTestCase()
    {
        m_sources = hb::test::simulateInto(m_dir.filePath(QStringLiteral("hi1")), "hi1", 1, 64);
        for (const auto& f : hb::test::simulateInto(m_dir.filePath(QStringLiteral("cor1")), "cor1", 1, 64))
            m_sources.push_back(f);
        if (!hb::test::sharedDataDir().empty()) {
            m_sources.push_back(hb::test::sharedData("soho_sdo/aia_171_cutout.fits"));      // tile-compressed
            m_sources.push_back(hb::test::sharedData("secchi/euvi/euvi_20090615_000900_n4euA_s.fts"));
            m_sources.push_back(hb::test::sharedData("lasco/headers/lasco_c3.header"));
        }
    }

    void truncations()
    {
        int n = 0;
        for (const std::string& source : m_sources) {
            const std::vector<char> bytes = slurp(source);
            const std::string ext = source.ends_with(".header") ? ".header" : ".fits";
            for (std::size_t length : {std::size_t{0}, std::size_t{1}, std::size_t{79}, std::size_t{80}, std::size_t{2879},
                                       std::size_t{2880}, std::size_t{2881}, bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
                if (length > bytes.size())
                    continue;
                const std::string p = m_dir.filePath(QStringLiteral("trunc%1%2").arg(n++).arg(QString::fromStdString(ext))).toStdString();
                spit(p, bytes, length);
                check(p);
            }
        }
        QVERIFY(m_rejected > 0);
    }

    void flippedBytes()
    {
        hb::simulate::RandomStream rng(2026);
        int n = 0;
        for (const std::string& source : m_sources) {
            const std::vector<char> original = slurp(source);
            const std::string ext = source.ends_with(".header") ? ".header" : ".fits";
            for (int variant = 0; variant < 25; ++variant) {
                std::vector<char> bytes = original;
                // Mostly in the header, where a flipped byte changes meaning; some in the data.
                const std::size_t span = variant % 5 == 0 ? bytes.size() : std::min<std::size_t>(bytes.size(), 2880 * 2);
                for (int k = 0; k < 1 + variant % 4; ++k) {
                    const auto at = static_cast<std::size_t>(rng.uniform(0, static_cast<double>(span)));
                    bytes[at] = static_cast<char>(rng.integer(0, 255));
                }
                const std::string p = m_dir.filePath(QStringLiteral("flip%1%2").arg(n++).arg(QString::fromStdString(ext))).toStdString();
                spit(p, bytes, bytes.size());
                check(p);
            }
        }
        qInfo("corpus: %d read, %d rejected with an hb::Error", m_read, m_rejected);
    }

    void corruptedCompressedTileIsRefusedNotDecoded()
    {
        HB_REQUIRE_SHARED_DATA();
        std::vector<char> bytes = slurp(hb::test::sharedData("soho_sdo/aia_171_cutout.fits"));
        bytes[bytes.size() - 5000] = static_cast<char>(bytes[bytes.size() - 5000] ^ 0x5a);
        const std::string p = m_dir.filePath(QStringLiteral("aia_flipped.fits")).toStdString();
        spit(p, bytes, bytes.size());
        try {
            (void)hb::io::readFrame(p);
            QFAIL("a compressed image failing its checksum was decoded");
        } catch (const hb::Error& e) {
            QVERIFY2(e.problem().find("DATASUM") != std::string::npos, e.what());
        }
    }

    void garbageValues()
    {
        // EXPTIME = 'abc' and an impossible NAXIS, as text headers.
        const std::string a = m_dir.filePath(QStringLiteral("garbage1.header")).toStdString();
        std::ofstream(a) << "SIMPLE  = T\nINSTRUME= 'SECCHI'\nEXPTIME = 'abc'\nEND\n";
        const hb::CatalogEntry ea = hb::scanFile(a);
        QVERIFY(!ea.ok);
        QVERIFY2(ea.error.find("EXPTIME") != std::string::npos, ea.error.c_str());
        const std::string b = m_dir.filePath(QStringLiteral("garbage2.header")).toStdString();
        std::ofstream(b) << "SIMPLE  = T\nNAXIS   = 'two'\nEND\n";
        QVERIFY(!hb::scanFile(b).ok);
    }
};

QTEST_GUILESS_MAIN(TestCorruptCorpus)
#include "tst_corrupt_corpus.moc"
