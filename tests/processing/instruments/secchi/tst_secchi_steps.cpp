// SECCHI Level 0 -> 1 steps against the simulator's known truth and against arithmetic.
#include "geometry/solar_wcs.h"
#include "instruments/secchi/miss_list.h"
#include "io/file_reader.h"
#include "io/fits/fits_writer.h"
#include "step_helpers.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace hb::steps;
using hb::test::applyStep;

class TestSecchiSteps : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void biasAndExposureAreUndone()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("cor2")), "cor2", 1, 256);
        const hb::Frame raw = hb::io::readFrame(files.front());
        const nlohmann::json truth = hb::test::truthOf(files.front());
        const hb::Frame biased = applyStep("secchi.bias", raw);
        const hb::Frame rate = applyStep("secchi.exposure", biased);
        const double bias = truth["bias_dn"], exptime = truth["exptime"];
        QCOMPARE(*rate.header.number("OFFSETCR"), bias);
        QCOMPARE(*rate.header.text("BUNIT"), std::string("DN/s"));
        for (std::size_t k = 0; k < raw.image.pixelCount(); k += 97) {
            const double expected = (raw.image.pixels()[k] - bias) / exptime;
            QVERIFY2(std::fabs(rate.image.pixels()[k] - expected) <= 1e-6 * (std::fabs(raw.image.pixels()[k]) + bias) / exptime,
                     (std::to_string(rate.image.pixels()[k]) + " vs " + std::to_string(expected)).c_str());
        }
        // The corners read the bias plus the faint scene light the simulator leaves there (21 DN
        // of 640 for this frame): within 5 %, a rough fallback when BIASMEAN is missing.
        const hb::Frame fromCorners = applyStep("secchi.bias", raw, {{"source", std::string("corners")}});
        QVERIFY2(std::fabs(*fromCorners.header.number("OFFSETCR") - bias) < 0.05 * bias,
                 std::to_string(*fromCorners.header.number("OFFSETCR")).c_str());
        // Odd headers: no EXPTIME, a zero exposure, no pixels.
        hb::Frame odd = biased;
        odd.header.remove("EXPTIME");
        try {
            applyStep("secchi.exposure", odd);
            QFAIL("normalised without an exposure time");
        } catch (const hb::Error& e) {
            QCOMPARE(e.file(), raw.info.path);
            QVERIFY2(e.problem().find("EXPTIME") != std::string::npos, e.what());
        }
        odd.header.set(hb::HeaderCard::number("EXPTIME", 0.0));
        QVERIFY_THROWS_EXCEPTION(hb::Error, applyStep("secchi.exposure", odd));
        odd.image = hb::Image();
        QVERIFY_THROWS_EXCEPTION(hb::Error, applyStep("secchi.bias", odd));
        // Never twice; never on a frame already in DN/s.
        QCOMPARE(*applyStep("secchi.bias", biased).header.number("OFFSETCR"), bias);
        QVERIFY_THROWS_EXCEPTION(hb::Error, applyStep("secchi.exposure", rate));
        // COR2-A calibration factor, double exposures not doubled (SSW get_calfac).
        const hb::Frame msb = applyStep("secchi.calibration_factor", rate);
        const bool doubled = raw.header.text("SEB_PROG").value_or("") != "DOUBLE";
        QCOMPARE(*msb.header.number("CALFAC"), 1.35e-12 * (doubled ? 2.0 : 1.0));
        QCOMPARE(*msb.header.text("BUNIT"), std::string("MSB"));
    }

    void missingBlocksMatchTheTruth()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("gaps")), "cor2", 24, 256, 7);
        int checked = 0;
        for (const std::string& file : files) {
            const nlohmann::json truth = hb::test::truthOf(file);
            if (truth["missing_blocks"].empty())
                continue;
            const hb::Frame out = applyStep("secchi.missing_blocks", hb::io::readFrame(file), {{"method", std::string("header")}});
            std::size_t expected = 0;
            for (const auto& block : truth["missing_blocks"]) {
                const int x0 = block["x0"], y0 = block["y0"], size = block["size"];
                expected += static_cast<std::size_t>(size * size);
                QVERIFY(out.image.maskAt(x0, y0) & hb::bits(hb::MaskBit::Missing));
                QVERIFY(out.image.maskAt(x0 + size - 1, y0 + size - 1) & hb::bits(hb::MaskBit::Missing));
                QVERIFY(std::isnan(out.image.at(x0 + size / 2, y0 + size / 2)));
            }
            QCOMPARE(out.image.countMasked(hb::bits(hb::MaskBit::Missing)), expected);
            ++checked;
        }
        QVERIFY2(checked > 0, "no simulated frame had missing blocks: change the seed");
    }

    void calibrationImageDividesAndMasksZeros()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("vig")), "cor2", 1, 128);
        const hb::Frame raw = hb::io::readFrame(files.front());
        hb::Frame vignetting;
        vignetting.image = hb::Image(256, 256, 0.5f);  // twice the frame size: binned by block mean
        for (int y = 0; y < 2; ++y)
            for (int x = 0; x < 2; ++x)
                vignetting.image.at(x, y) = 0.0f;  // a zero block: no light reaches it
        for (int y = 100; y < 102; ++y)
            for (int x = 100; x < 102; ++x)
                vignetting.image.at(x, y) = std::nanf("");  // an undefined block
        const std::string path = m_dir.filePath(QStringLiteral("vignet_vCc2A.fts")).toStdString();
        hb::io::writeFitsFrame(vignetting, path);
        const hb::Frame out = applyStep("secchi.calibration_image", raw, {{"file", path}});
        QCOMPARE(out.image.at(10, 10), raw.image.at(10, 10) / 0.5f);
        QVERIFY(std::isnan(out.image.at(0, 0)) && std::isnan(out.image.at(50, 50)));
        QVERIFY(out.image.maskAt(0, 0) & hb::bits(hb::MaskBit::BadPixel));
        QVERIFY(out.image.maskAt(50, 50) & hb::bits(hb::MaskBit::BadPixel));
        // Without a file the step names the one it needs.
        try {
            applyStep("secchi.calibration_image", raw);
            QFAIL("ran without a calibration file");
        } catch (const hb::Error& e) {
            QVERIFY2(e.problem().find("20060929_vignet_vCc2A.fts") != std::string::npos, e.what());
        }
    }
    void missListFollowsTheMissionsExample()
    {
        // ALGORITHMS-WAVE2 section 1: "1j" is block 53 of a 1024 image, rows 192-255, columns 320-383.
        QCOMPARE(hb::instruments::decodeMissList("1j"), std::vector<int>{53});
        QCOMPARE(hb::instruments::decodeMissList("1J"), std::vector<int>{53});
        QCOMPARE(hb::instruments::decodeMissList("   1j0a"), (std::vector<int>{53, 10}));
        QVERIFY(hb::instruments::decodeMissList("        ").empty());
        QCOMPARE(hb::instruments::encodeMissList({53, 10}), std::string("1j0a"));
        QVERIFY_THROWS_EXCEPTION(hb::Error, hb::instruments::decodeMissList("1j0"));
        QVERIFY_THROWS_EXCEPTION(hb::Error, hb::instruments::decodeMissList("1z"));

        hb::Frame frame;
        frame.info.path = "example.fts";
        frame.image = hb::Image(1024, 1024, 100.0f);
        frame.header.append(hb::HeaderCard::string("INSTRUME", "SECCHI"));
        frame.header.append(hb::HeaderCard::string("DETECTOR", "COR2"));
        frame.header.append(hb::HeaderCard::integer("NMISSING", 1));
        frame.header.append(hb::HeaderCard::string("MISSLIST", "1j"));
        frame.header.append(hb::HeaderCard::integer("COMPRSSN", 7));
        const hb::Frame out = applyStep("secchi.missing_blocks", frame, {{"method", std::string("header")}});
        const auto missing = [&](int x, int y) { return (out.image.maskAt(x, y) & bits(hb::MaskBit::Missing)) != 0; };
        QVERIFY(missing(320, 192) && missing(383, 255) && missing(350, 220));
        QVERIFY(!missing(319, 192) && !missing(384, 255) && !missing(320, 191) && !missing(320, 256));
        QCOMPARE(out.image.countMasked(bits(hb::MaskBit::Missing)), std::size_t(64 * 64));
        // An unreadable MISSLIST fails a header-only search and is noted by one that also looks for zeros.
        frame.header.set(hb::HeaderCard::string("MISSLIST", "1j0"));
        QVERIFY_THROWS_EXCEPTION(hb::Error, applyStep("secchi.missing_blocks", frame, {{"method", std::string("header")}}));
        const hb::Frame zeros = applyStep("secchi.missing_blocks", frame);
        bool noted = false;
        for (const std::string& h : zeros.header.commentary("HISTORY"))
            noted |= h.find("odd number of digits") != std::string::npos;
        QVERIFY(noted);
    }
};

QTEST_APPLESS_MAIN(TestSecchiSteps)
#include "tst_secchi_steps.moc"
