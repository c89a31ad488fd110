// The steps every family shares (rotation to north, rebinning, reject lists) and the calibration-image cache.
#include "geometry/solar_wcs.h"
#include "io/file_reader.h"
#include "io/fits/fits_writer.h"
#include "kernel/pipeline.h"
#include "step_helpers.h"
#include "steps/calibration_image_cache.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace hb::steps;
using hb::test::applyStep;

class TestCommonSteps : public QObject {
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

    void rotationToNorthKeepsTheSunAndThePlanet()
    {
        // Simulated C3 frames are stored upside down (CROTA1 = 180) with Venus in the field.
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c3")), "lasco-c3", 1, 512);
        const hb::Frame raw = hb::io::readFrame(files.front());
        const nlohmann::json truth = hb::test::truthOf(files.front());
        QCOMPARE(truth["roll_deg"].get<double>(), 180.0);
        const hb::Frame out = applyStep("common.rotate_north", raw, {{"interpolation", std::string("nearest")}});
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
        const hb::Frame summed = applyStep("common.rebin", raw, {{"size", std::string("256")}});  // raw DN: block sum
        QCOMPARE(summed.image.width(), 256);
        QVERIFY(std::fabs(hb::test::finiteSum(summed.image) / hb::test::finiteSum(raw.image) - 1.0) < 1e-6);
        const hb::Frame rate = applyStep("lasco.bias_exposure", raw);
        const hb::Frame mean = applyStep("common.rebin", rate, {{"size", std::string("256")}});  // DN/s: block mean
        QVERIFY(std::fabs(hb::test::finiteSum(mean.image) * 4 / hb::test::finiteSum(rate.image) - 1.0) < 1e-5);
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        hb::geometry::SolarWcs::fromHeader(raw.header)->skyToPixel(0, 0, x0, y0);
        hb::geometry::SolarWcs::fromHeader(summed.header)->skyToPixel(0, 0, x1, y1);
        QVERIFY(std::fabs(x1 - ((x0 + 0.5) / 2 - 0.5)) < 1e-9 && std::fabs(y1 - ((y0 + 0.5) / 2 - 0.5)) < 1e-9);
        const hb::Frame larger = applyStep("common.rebin", raw, {{"size", std::string("1024")}});
        QCOMPARE(larger.image.width(), 1024);
        QVERIFY(std::fabs(hb::test::finiteSum(larger.image) / hb::test::finiteSum(raw.image) - 1.0) < 1e-2);
    }

    void rejectListSkipsNamedFrames()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("reject")), "cor2", 2, 64);
        const std::string list = m_dir.filePath(QStringLiteral("reject.txt")).toStdString();
        std::ofstream(list) << "# corrupted\n" << "/elsewhere/" << std::filesystem::path(files[0]).filename().string() << "\n";
        QVERIFY_THROWS_EXCEPTION(FrameRejected, applyStep("common.reject_list", hb::io::readFrame(files[0]), {{"file", list}}));
        QVERIFY(!applyStep("common.reject_list", hb::io::readFrame(files[1]), {{"file", list}}).image.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCommonSteps)
#include "tst_common_steps.moc"
