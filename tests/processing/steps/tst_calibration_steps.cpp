// The Level 0 -> 1 steps against the simulator's known truth and against arithmetic.
#include "geometry/solar_wcs.h"
#include "io/file_reader.h"
#include "io/fits/fits_writer.h"
#include "kernel/pipeline.h"
#include "kernel/step_registry.h"
#include "steps/calibration_image_cache.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace hb::steps;

namespace {

nlohmann::json truthOf(const std::string& file)
{
    std::ifstream in(file + ".truth.json");
    return nlohmann::json::parse(in);
}

hb::Frame apply(const char* id, const hb::Frame& frame, const ParamValues& values = {})
{
    const FrameStep& step = builtinSteps().frameStep(id, "test");
    return step.apply(frame, step.normalise(values), {});
}

double finiteSum(const hb::Image& image)
{
    double sum = 0;
    for (float v : image.pixels())
        if (std::isfinite(v))
            sum += v;
    return sum;
}

} // namespace

class TestCalibrationSteps : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void calibrationImagesInUseStayAndOnlyAFewOthersAreKept()
    {
        QTemporaryDir dir;
        const auto files = hb::test::simulateInto(dir.path(), "lasco-c2", 10, 64);
        forgetCalibrationImages();
        const auto first = readCalibrationImage(files[0]);
        for (const std::string& f : files)
            (void)readCalibrationImage(f);
        QCOMPARE(keptCalibrationImages(), std::size_t(8));
        // Still held here, so still shared: the same image, not read again.
        QCOMPARE(readCalibrationImage(files[0]).get(), first.get());
        forgetCalibrationImages();
        QCOMPARE(keptCalibrationImages(), std::size_t(0));
        QCOMPARE(readCalibrationImage(files[0]).get(), first.get());  // its user keeps it alive
        const std::weak_ptr<const hb::Frame> last = readCalibrationImage(files[9]);
        forgetCalibrationImages();
        QVERIFY(last.expired());  // no user: gone
    }

    void biasAndExposureAreUndone()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("cor2")), "cor2", 1, 256);
        const hb::Frame raw = hb::io::readFrame(files.front());
        const nlohmann::json truth = truthOf(files.front());
        const hb::Frame biased = apply("secchi.bias", raw);
        const hb::Frame rate = apply("secchi.exposure", biased);
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
        const hb::Frame fromCorners = apply("secchi.bias", raw, {{"source", std::string("corners")}});
        QVERIFY2(std::fabs(*fromCorners.header.number("OFFSETCR") - bias) < 0.05 * bias,
                 std::to_string(*fromCorners.header.number("OFFSETCR")).c_str());
        // Odd headers: no EXPTIME, a zero exposure, no pixels.
        hb::Frame odd = biased;
        odd.header.remove("EXPTIME");
        try {
            apply("secchi.exposure", odd);
            QFAIL("normalised without an exposure time");
        } catch (const hb::Error& e) {
            QCOMPARE(e.file(), raw.info.path);
            QVERIFY2(e.problem().find("EXPTIME") != std::string::npos, e.what());
        }
        odd.header.set(hb::HeaderCard::number("EXPTIME", 0.0));
        QVERIFY_THROWS_EXCEPTION(hb::Error, apply("secchi.exposure", odd));
        odd.image = hb::Image();
        QVERIFY_THROWS_EXCEPTION(hb::Error, apply("secchi.bias", odd));
        // Never twice; never on a frame already in DN/s.
        QCOMPARE(*apply("secchi.bias", biased).header.number("OFFSETCR"), bias);
        QVERIFY_THROWS_EXCEPTION(hb::Error, apply("secchi.exposure", rate));
        // COR2-A calibration factor, double exposures not doubled (SSW get_calfac).
        const hb::Frame msb = apply("secchi.calibration_factor", rate);
        const bool doubled = raw.header.text("SEB_PROG").value_or("") != "DOUBLE";
        QCOMPARE(*msb.header.number("CALFAC"), 1.35e-12 * (doubled ? 2.0 : 1.0));
        QCOMPARE(*msb.header.text("BUNIT"), std::string("MSB"));
    }

    void missingBlocksMatchTheTruth()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("gaps")), "cor2", 24, 256, 7);
        int checked = 0;
        for (const std::string& file : files) {
            const nlohmann::json truth = truthOf(file);
            if (truth["missing_blocks"].empty())
                continue;
            const hb::Frame out = apply("secchi.missing_blocks", hb::io::readFrame(file), {{"method", std::string("header")}});
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

    void rotationToNorthKeepsTheSunAndThePlanet()
    {
        // Simulated C3 frames are stored upside down (CROTA1 = 180) with Venus in the field.
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c3")), "lasco-c3", 1, 512);
        const hb::Frame raw = hb::io::readFrame(files.front());
        const nlohmann::json truth = truthOf(files.front());
        QCOMPARE(truth["roll_deg"].get<double>(), 180.0);
        const hb::Frame out = apply("common.rotate_north", raw, {{"interpolation", std::string("nearest")}});
        const auto wcs = hb::geometry::SolarWcs::fromHeader(out.header);
        QVERIFY(wcs);
        double sx = 0, sy = 0;
        wcs->skyToPixel(0, 0, sx, sy);
        QVERIFY(std::fabs(sx - 255.5) < 1e-6 && std::fabs(sy - 255.5) < 1e-6);
        // Venus: p' = centre - (p - sun) for a 180 degree roll.
        const double sunX = truth["sun_center_px"][0], sunY = truth["sun_center_px"][1];
        const double px = truth["planet"]["x"], py = truth["planet"]["y"];
        const int vx = static_cast<int>(std::lround(255.5 - (px - sunX))), vy = static_cast<int>(std::lround(255.5 - (py - sunY)));
        const float before = raw.image.at(static_cast<int>(std::lround(px)), static_cast<int>(std::lround(py)));
        float after = 0;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                after = std::max(after, out.image.at(vx + dx, vy + dy));
        QVERIFY2(after >= 0.9f * before, (std::to_string(after) + " vs " + std::to_string(before)).c_str());
        // The same sky point maps to the rotated pixel in the old and new WCS.
        const auto oldWcs = hb::geometry::SolarWcs::fromHeader(raw.header);
        const auto sky = oldWcs->pixelToSky(px, py);
        double nx = 0, ny = 0;
        wcs->skyToPixel(sky.txArcsec, sky.tyArcsec, nx, ny);
        QVERIFY(std::fabs(nx - (255.5 - (px - sunX))) < 0.5 + std::fabs(sunX - (*raw.header.number("CRPIX1") - 1)));
        QVERIFY(out.image.countMasked(hb::bits(hb::MaskBit::OutsideFov)) > 0);
    }

    void rebinningConservesFluxAndTheWcs()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("rebin")), "lasco-c2", 1, 512);
        const hb::Frame raw = hb::io::readFrame(files.front());
        const hb::Frame summed = apply("common.rebin", raw, {{"size", std::string("256")}});  // raw DN: block sum
        QCOMPARE(summed.image.width(), 256);
        QVERIFY(std::fabs(finiteSum(summed.image) / finiteSum(raw.image) - 1.0) < 1e-6);
        const hb::Frame rate = apply("lasco.bias_exposure", raw);
        const hb::Frame mean = apply("common.rebin", rate, {{"size", std::string("256")}});  // DN/s: block mean
        QVERIFY(std::fabs(finiteSum(mean.image) * 4 / finiteSum(rate.image) - 1.0) < 1e-5);
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        hb::geometry::SolarWcs::fromHeader(raw.header)->skyToPixel(0, 0, x0, y0);
        hb::geometry::SolarWcs::fromHeader(summed.header)->skyToPixel(0, 0, x1, y1);
        QVERIFY(std::fabs(x1 - ((x0 + 0.5) / 2 - 0.5)) < 1e-9 && std::fabs(y1 - ((y0 + 0.5) / 2 - 0.5)) < 1e-9);
        const hb::Frame larger = apply("common.rebin", raw, {{"size", std::string("1024")}});
        QCOMPARE(larger.image.width(), 1024);
        QVERIFY(std::fabs(finiteSum(larger.image) / finiteSum(raw.image) - 1.0) < 1e-2);
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
        const hb::Frame out = apply("secchi.calibration_image", raw, {{"file", path}});
        QCOMPARE(out.image.at(10, 10), raw.image.at(10, 10) / 0.5f);
        QVERIFY(std::isnan(out.image.at(0, 0)) && std::isnan(out.image.at(50, 50)));
        QVERIFY(out.image.maskAt(0, 0) & hb::bits(hb::MaskBit::BadPixel));
        QVERIFY(out.image.maskAt(50, 50) & hb::bits(hb::MaskBit::BadPixel));
        // Without a file the step names the one it needs.
        try {
            apply("secchi.calibration_image", raw);
            QFAIL("ran without a calibration file");
        } catch (const hb::Error& e) {
            QVERIFY2(e.problem().find("20060929_vignet_vCc2A.fts") != std::string::npos, e.what());
        }
    }

    void lascoZeroBlocksSplitIntoLostAndOnboardMasks()
    {
        // Simulated C2 frames: onboard mask blocks (occulter, corners) in every frame, lost
        // telemetry blocks anywhere in some. Lost blocks whose centre lies in the 2.2-6 Rsun
        // field must become MISSING; every other zero block OUTSIDE_FOV.
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c2gaps")), "lasco-c2", 24, 512, 7);
        int checkedLost = 0;
        for (const std::string& file : files) {
            const hb::Frame raw = hb::io::readFrame(file);
            const nlohmann::json truth = truthOf(file);
            const hb::Frame out = apply("lasco.missing_blocks", raw);
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
        QVERIFY_THROWS_EXCEPTION(hb::Error, apply("lasco.missing_blocks", apply("lasco.bias_exposure", hb::io::readFrame(files[0]))));
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
        const hb::Frame out = apply("lasco.vignetting", raw, {{"file", vigPath}, {"mask_file", maskPath}});
        // 512 px from a full 1024 readout: 2 x 2 block means, so column x sees 1 + 2x + 0.5.
        QCOMPARE(out.image.at(100, 40), raw.image.at(100, 40) * (1.0f + 200.5f));
        QVERIFY(std::isnan(out.image.at(1, 1)) && (out.image.maskAt(1, 1) & bits(hb::MaskBit::OutsideFov)));
        QVERIFY(!std::isnan(out.image.at(2, 2)));
        // A readout window starting at column 120 (R1COL = 140) reads the function from column 120.
        raw.header.set(hb::HeaderCard::integer("R1COL", 140));
        raw.header.set(hb::HeaderCard::integer("R2COL", 1043));
        raw.image = hb::Image(904, 512, 1.0f);
        raw.header.set(hb::HeaderCard::integer("R2ROW", 512));
        const hb::Frame window = apply("lasco.vignetting", raw, {{"file", vigPath}});
        QCOMPARE(window.image.at(0, 0), 1.0f + 120.0f);
        try {
            apply("lasco.vignetting", raw);
            QFAIL("ran without a vignetting file");
        } catch (const hb::Error& e) {
            QVERIFY2(e.problem().find("c3vig_postint_final.fts") != std::string::npos, e.what());
        }
    }

    void rejectListSkipsNamedFrames()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("reject")), "cor2", 2, 64);
        const std::string list = m_dir.filePath(QStringLiteral("reject.txt")).toStdString();
        std::ofstream(list) << "# corrupted\n" << "/elsewhere/" << std::filesystem::path(files[0]).filename().string() << "\n";
        QVERIFY_THROWS_EXCEPTION(FrameRejected, apply("common.reject_list", hb::io::readFrame(files[0]), {{"file", list}}));
        QVERIFY(!apply("common.reject_list", hb::io::readFrame(files[1]), {{"file", list}}).image.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCalibrationSteps)
#include "tst_calibration_steps.moc"
