#include "core/error.h"
#include "io/file_reader.h"
#include "instruments/secchi/miss_list.h"
#include "simulate/imager_sequence.h"
#include "simulate/simulator.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

using hb::simulate::SimulationKind;

namespace {

std::vector<std::string> run(SimulationKind kind, const QString& dir, int count, std::uint64_t seed, int size)
{
    hb::simulate::SimulationRequest r;
    r.kind = kind;
    r.outDir = dir.toStdString();
    r.count = count;
    r.seed = seed;
    r.size = size;
    return hb::simulate::simulate(r);
}

nlohmann::json truthOf(const std::string& path)
{
    std::ifstream in(path + ".truth.json");
    return nlohmann::json::parse(in);
}

} // namespace

class TestSimulator : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void everyKindIsIdentifiedAsItsInstrument_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detector");
        QTest::addColumn<QString>("spacecraft");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("width");
        QTest::newRow("cor1") << int(SimulationKind::Cor1) << "COR1" << "STEREO-A" << 128 << 128;
        QTest::newRow("cor2") << int(SimulationKind::Cor2) << "COR2" << "STEREO-A" << 128 << 128;
        QTest::newRow("euvi") << int(SimulationKind::Euvi) << "EUVI" << "STEREO-A" << 128 << 128;
        QTest::newRow("hi1") << int(SimulationKind::Hi1) << "HI1" << "STEREO-A" << 128 << 128;
        QTest::newRow("hi2") << int(SimulationKind::Hi2) << "HI2" << "STEREO-A" << 128 << 128;
        QTest::newRow("lasco-c2") << int(SimulationKind::LascoC2) << "C2" << "SOHO" << 256 << 256;
        QTest::newRow("lasco-c3") << int(SimulationKind::LascoC3) << "C3" << "SOHO" << 256 << 256;
        QTest::newRow("excam") << int(SimulationKind::Excam) << "EXCAM" << "Roman" << 0 << 2200;
    }
    void everyKindIsIdentifiedAsItsInstrument()
    {
        QFETCH(int, kind);
        QFETCH(QString, detector);
        QFETCH(QString, spacecraft);
        QFETCH(int, size);
        QFETCH(int, width);
        const auto k = static_cast<SimulationKind>(kind);
        const auto files = run(k, m_dir.filePath(QString::fromStdString(std::string(hb::simulate::kindName(k)))), 3, 7, size);
        QCOMPARE(files.size(), std::size_t{3});
        for (const auto& f : files) {
            const hb::Frame frame = hb::io::readFrame(f);
            QCOMPARE(QString::fromStdString(*frame.info.detector), detector);
            QCOMPARE(QString::fromStdString(*frame.info.spacecraft), spacecraft);
            QCOMPARE(frame.image.width(), width);
            QVERIFY(frame.info.time.has_value());
            QVERIFY(frame.info.exposure.has_value());
            QVERIFY2(frame.info.warnings.empty(), frame.info.warnings.empty() ? "" : frame.info.warnings.front().c_str());
            const auto truth = truthOf(f);
            QCOMPARE(QString::fromStdString(truth["date_obs"].get<std::string>()),
                     QString::fromStdString(frame.info.time->toIso(3)));
        }
    }

    void sameSeedSameBytesOtherSeedOtherBytes()
    {
        const QString a = m_dir.filePath(QStringLiteral("seedA")), b = m_dir.filePath(QStringLiteral("seedB")),
                      c = m_dir.filePath(QStringLiteral("seedC"));
        const auto fa = run(SimulationKind::Hi1, a, 2, 42, 128);
        QTest::qSleep(1100);  // a date stamped anywhere in the files would now differ
        const auto fb = run(SimulationKind::Hi1, b, 2, 42, 128);
        const auto fc = run(SimulationKind::Hi1, c, 2, 43, 128);
        for (std::size_t i = 0; i < fa.size(); ++i) {
            QCOMPARE(hb::test::fileHash(QString::fromStdString(fb[i])), hb::test::fileHash(QString::fromStdString(fa[i])));
            QVERIFY(hb::test::fileHash(QString::fromStdString(fc[i])) != hb::test::fileHash(QString::fromStdString(fa[i])));
        }
    }

    void refusesToOverwrite()
    {
        const QString dir = m_dir.filePath(QStringLiteral("twice"));
        run(SimulationKind::Euvi, dir, 1, 1, 64);
        QVERIFY_THROWS_EXCEPTION(hb::Error, run(SimulationKind::Euvi, dir, 1, 1, 64));
        QVERIFY_THROWS_EXCEPTION(hb::Error, run(SimulationKind::Euvi, dir, 1, 1, 100));  // not a power of two
    }

    void injectedDefectsAreWhereTheTruthSaysAndHeaderAgrees()
    {
        // 40 SECCHI frames: at a 20 % rate some carry missing blocks; each one must be zero in the
        // file, and NMISSING / MISSLIST must say the same.
        const auto files = run(SimulationKind::Cor2, m_dir.filePath(QStringLiteral("defects")), 40, 5, 256);
        int framesWithMissing = 0;
        for (const auto& f : files) {
            const auto truth = truthOf(f);
            const hb::Frame frame = hb::io::readFrame(f);
            const auto& blocks = truth["missing_blocks"];
            QCOMPARE(*frame.header.number("NMISSING"), static_cast<double>(blocks.size()));
            std::vector<int> indices;
            for (const auto& block : blocks) {
                ++framesWithMissing;
                indices.push_back(block["index"].get<int>());
                const int x0 = block["x0"], y0 = block["y0"], n = block["size"];
                for (int y = y0; y < y0 + n; y += 7)
                    for (int x = x0; x < x0 + n; x += 7)
                        QCOMPARE(frame.image.at(x, y), 0.0f);
            }
            // Read back by the decoder the missing-blocks step uses, whose convention is checked
            // against the mission's own example in tst_secchi_steps.
            QCOMPARE(hb::instruments::decodeMissList(frame.header.text("MISSLIST").value_or("")), indices);
        }
        QVERIFY2(framesWithMissing > 0, "no missing blocks injected in 40 frames");
    }

    void imagerPhysicsMatchesTheTruth()
    {
        const auto files = run(SimulationKind::LascoC3, m_dir.filePath(QStringLiteral("c3")), 10, 3, 512);
        const hb::Frame first = hb::io::readFrame(files.front());
        const auto truth = truthOf(files.front());
        // Upside down before 2010, as real LASCO L0.5.
        QCOMPARE(*first.header.number("CROTA1"), 180.0);
        // Onboard masks: the same zero blocks in every frame, zero at the Sun centre.
        const double cx = truth["sun_center_px"][0], cy = truth["sun_center_px"][1];
        QCOMPARE(first.image.at(int(cx), int(cy)), 0.0f);
        QVERIFY(truth["onboard_mask_blocks"].get<int>() > 0);
        // The bias sits under the signal: just outside the occulter the data exceed it.
        const double occ = truth["occulter_px"];
        QVERIFY(first.image.at(int(cx + occ * 1.3), int(cy)) > truth["bias_dn"].get<double>());
        // The planet saturates and bleeds along its row.
        bool bled = false;
        for (const auto& f : files) {
            const auto frameTruth = truthOf(f);
            for (const auto& b : frameTruth["bleeds"])
                bled = bled || (b.contains("row") && b["to"].get<int>() > b["from"].get<int>());
        }
        QVERIFY(bled);
        // The CME front moves outward frame after frame.
        double last = -1;
        for (const auto& f : files) {
            const auto cme = truthOf(f)["cme"];
            if (!cme["visible"].get<bool>())
                continue;
            QVERIFY(cme["front_rsun"].get<double>() > last);
            last = cme["front_rsun"];
        }
        QVERIFY(last > 0);
    }

    void hiCosmicReportAndBlank()
    {
        const auto files = run(SimulationKind::Hi1, m_dir.filePath(QStringLiteral("hi1report")), 1, 9, 256);
        const hb::Frame frame = hb::io::readFrame(files.front());
        const auto report = truthOf(files.front())["cosmic_report"];
        const int row = report["row"], firstColumn = report["first_column"];
        QCOMPARE(frame.image.at(firstColumn, row), 30.0f);  // the counter = N_IMAGES
        QCOMPARE(frame.image.at(firstColumn + 1, row), report["counts"][0].get<float>());
        QCOMPARE(*frame.header.integer("BLANK"), 0LL);
        QCOMPARE(*frame.header.integer("N_IMAGES"), 30LL);
    }

    void excamGeometryAndBias()
    {
        const auto files = run(SimulationKind::Excam, m_dir.filePath(QStringLiteral("excam-bias")), 1, 2, 0);
        const hb::Frame frame = hb::io::readFrame(files.front());
        QCOMPARE(frame.image.height(), 1200);
        QCOMPARE(frame.info.hdu, 1);
        QCOMPARE(QString::fromStdString(*frame.info.level), QStringLiteral("1"));
        const auto truth = truthOf(files.front());
        // The reliable prescan columns 800-999 hold the bias within read noise.
        double sum = 0;
        int n = 0;
        for (int y = 100; y < 1100; y += 10)
            for (int x = 800; x < 1000; x += 5) {
                sum += frame.image.at(x, y);
                ++n;
            }
        QVERIFY(std::fabs(sum / n - truth["bias_dn"].get<double>()) < 1.0);
        // The image area holds the EM-amplified signal: its brightest pixels are far above bias.
        float peak = 0;
        for (int y = 13; y < 1037; ++y)
            for (int x = 1088; x < 2112; ++x)
                peak = std::max(peak, frame.image.at(x, y));
        QVERIFY(peak > truth["bias_dn"].get<float>() + 1000.0f);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
