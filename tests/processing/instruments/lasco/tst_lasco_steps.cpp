// LASCO Level 0.5 -> 1 steps against the simulator's known truth and against arithmetic.
#include "geometry/solar_wcs.h"
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

class TestLascoSteps : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void lascoZeroBlocksSplitIntoLostAndOnboardMasks()
    {
        // Simulated C2 frames: onboard mask blocks (occulter, corners) in every frame, lost
        // telemetry blocks anywhere in some. Lost blocks whose centre lies in the 2.2-6 Rsun
        // field must become MISSING; every other zero block OUTSIDE_FOV.
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c2gaps")), "lasco-c2", 24, 512, 7);
        int checkedLost = 0;
        for (const std::string& file : files) {
            const hb::Frame raw = hb::io::readFrame(file);
            const nlohmann::json truth = hb::test::truthOf(file);
            const hb::Frame out = applyStep("lasco.missing_blocks", raw);
            const auto wcs = hb::geometry::SolarWcs::fromHeader(raw.header);
            std::size_t lostPixels = 0;
            for (const auto& block : truth["missing_blocks"]) {
                const int x0 = block["x0"], y0 = block["y0"], size = block["size"];
                const double rho = wcs->pixelToSky(x0 + 0.5 * (size - 1), y0 + 0.5 * (size - 1)).rhoRsun;
                const hb::MaskBits expected = bits(rho >= 2.2 && rho <= 6.0 ? hb::MaskBit::Missing : hb::MaskBit::OutsideFov);
                QVERIFY(out.image.maskAt(x0, y0) & expected);
                QVERIFY(std::isnan(out.image.at(x0 + size / 2, y0 + size / 2)));
                if (expected == bits(hb::MaskBit::Missing)) {
                    lostPixels += static_cast<std::size_t>(size * size);
                    ++checkedLost;
                }
            }
            QCOMPARE(out.image.countMasked(bits(hb::MaskBit::Missing)), lostPixels);
            QCOMPARE(*out.header.number("NMISSBLK"), static_cast<double>(lostPixels / (16 * 16)));
            QVERIFY(out.image.countMasked(bits(hb::MaskBit::OutsideFov)) >= truth["onboard_mask_blocks"].get<std::size_t>() * 16 * 16);
            // No sky pixel was touched.
            for (int y = 0; y < raw.image.height(); y += 7)
                for (int x = 0; x < raw.image.width(); x += 7)
                    if (out.image.maskAt(x, y) == 0)
                        QCOMPARE(out.image.at(x, y), raw.image.at(x, y));
        }
        QVERIFY2(checkedLost > 0, "no simulated frame lost a block in the field: change the seed");
        // Calibrated frames cannot be searched for zeros.
        QVERIFY_THROWS_EXCEPTION(hb::Error, applyStep("lasco.missing_blocks", applyStep("lasco.bias_exposure", hb::io::readFrame(files[0]))));
    }

    void lascoVignettingMultipliesWithinTheReadoutWindow()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c3vig")), "lasco-c3", 1, 512);
        hb::Frame raw = hb::io::readFrame(files.front());
        // A full-frame vignetting function that grows along x, and a mask with one hole.
        hb::Frame vignetting, mask;
        vignetting.image = hb::Image(1024, 1024, 1.0f);
        mask.image = hb::Image(1024, 1024, 1.0f);
        for (int y = 0; y < 1024; ++y)
            for (int x = 0; x < 1024; ++x)
                vignetting.image.at(x, y) = 1.0f + static_cast<float>(x);
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 4; ++x)
                mask.image.at(x, y) = 0.0f;
        const std::string vigPath = m_dir.filePath(QStringLiteral("c3vig_postint_final.fts")).toStdString();
        const std::string maskPath = m_dir.filePath(QStringLiteral("c3_cl_mask_lvl1.fts")).toStdString();
        hb::io::writeFitsFrame(vignetting, vigPath);
        hb::io::writeFitsFrame(mask, maskPath);
        const hb::Frame out = applyStep("lasco.vignetting", raw, {{"file", vigPath}, {"mask_file", maskPath}});
        // 512 px from a full 1024 readout: 2 x 2 block means, so column x sees 1 + 2x + 0.5.
        QCOMPARE(out.image.at(100, 40), raw.image.at(100, 40) * (1.0f + 200.5f));
        QVERIFY(std::isnan(out.image.at(1, 1)) && (out.image.maskAt(1, 1) & bits(hb::MaskBit::OutsideFov)));
        QVERIFY(!std::isnan(out.image.at(2, 2)));
        // A readout window starting at column 120 (R1COL = 140) reads the function from column 120.
        raw.header.set(hb::HeaderCard::integer("R1COL", 140));
        raw.header.set(hb::HeaderCard::integer("R2COL", 1043));
        raw.image = hb::Image(904, 512, 1.0f);
        raw.header.set(hb::HeaderCard::integer("R2ROW", 512));
        const hb::Frame window = applyStep("lasco.vignetting", raw, {{"file", vigPath}});
        QCOMPARE(window.image.at(0, 0), 1.0f + 120.0f);
        try {
            applyStep("lasco.vignetting", raw);
            QFAIL("ran without a vignetting file");
        } catch (const hb::Error& e) {
            QVERIFY2(e.problem().find("c3vig_postint_final.fts") != std::string::npos, e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestLascoSteps)
#include "tst_lasco_steps.moc"
