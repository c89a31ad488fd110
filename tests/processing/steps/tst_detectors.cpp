// Detectors against the simulator's truth sidecars and the labelled real LASCO frames.
#include "io/file_reader.h"
#include "steps/detect/detector_run.h"
#include "kernel/step_registry.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace {

nlohmann::json truthOf(const std::string& path)
{
    std::ifstream in(path + ".truth.json");
    return nlohmann::json::parse(in);
}

std::map<std::string, hb::Detection> detectAll(const char* stepId, const std::vector<std::string>& files,
                                               const hb::steps::ParamValues& params = {})
{
    const auto& step = hb::steps::builtinSteps().frameStep(stepId, "test");
    std::map<std::string, hb::Detection> found;
    for (const auto& r : hb::steps::runDetector(step, params, files)) {
        if (!r.detection)
            qFatal("%s: %s", r.info.path.c_str(), r.error.c_str());
        found[r.info.path] = *r.detection;
    }
    return found;
}

} // namespace

class TestDetectors : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::vector<std::string> m_c2;

private slots:
    void initTestCase()
    {
        // Seed 1: 24 C2 frames of 512 px with 4 frames of lost blocks, 2 of corrupted rows, 2 storms.
        m_c2 = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c2")), "lasco-c2", 24, 512, 1);
    }

    void missingBlocksAreTheLostOnesNotTheOnboardMasks()
    {
        // A lost block that falls on an onboard mask is indistinguishable from it: the truth
        // counts it, the detector cannot. So: never more blocks than were lost, never a flag on a
        // frame that lost none, and most lost blocks found.
        std::size_t lost = 0, reported = 0;
        int lostFrames = 0;
        for (const auto& [path, d] : detectAll("detect.missing_blocks", m_c2)) {
            const std::size_t truthBlocks = truthOf(path)["missing_blocks"].size();
            QVERIFY2(d.regions.size() <= truthBlocks, (path + ": " + d.summary).c_str());
            if (truthBlocks == 0)
                QVERIFY2(!d.flagged, (path + ": " + d.summary).c_str());
            lost += truthBlocks;
            reported += d.regions.size();
            lostFrames += d.flagged ? 1 : 0;
        }
        QVERIFY2(reported * 10 >= lost * 8, qPrintable(QStringLiteral("%1 of %2").arg(reported).arg(lost)));
        QVERIFY(lostFrames >= 3);  // the seed must exercise the detector
    }

    void corruptedRowsAreFoundAndCleanFramesPass()
    {
        int corrupted = 0, falseAlarms = 0;
        for (const auto& [path, d] : detectAll("detect.corrupted", m_c2)) {
            const auto truth = truthOf(path);
            if (truth.contains("corrupted_rows"))
                QVERIFY2(d.flagged, (path + ": " + d.summary).c_str());
            else
                falseAlarms += d.flagged ? 1 : 0;
            if (!d.flagged || !truth.contains("corrupted_rows"))
                continue;
            ++corrupted;
            const int first = truth["corrupted_rows"]["first"], count = truth["corrupted_rows"]["count"];
            for (const auto& r : d.regions)
                if (r.height == 1)
                    QVERIFY(r.y >= first - 1 && r.y <= first + count);
        }
        QCOMPARE(corrupted, 2);
        QVERIFY2(falseAlarms <= 1, qPrintable(QString::number(falseAlarms)));
    }

    void cosmicRayStormsStandOut()
    {
        int storms = 0, flagged = 0, caught = 0;
        for (const auto& [path, d] : detectAll("detect.cosmic_rays", m_c2)) {
            const bool storm = truthOf(path)["cosmic_ray_storm"];
            storms += storm;
            flagged += d.flagged;
            caught += storm && d.flagged;
        }
        QVERIFY(storms >= 2);
        QVERIFY2(caught * 2 >= storms, qPrintable(QStringLiteral("%1 of %2 storms").arg(caught).arg(storms)));
        QVERIFY2(flagged - caught <= 1, qPrintable(QString::number(flagged - caught)));
    }

    void simulatedPlanetFramesAreTransientsAndOthersNot()
    {
        int planets = 0, caught = 0, falseAlarms = 0;
        for (const auto& [path, d] : detectAll("detect.transients", m_c2)) {
            const bool planet = !truthOf(path)["planet"].is_null();
            planets += planet;
            caught += planet && d.flagged;
            falseAlarms += !planet && d.flagged;
        }
        QVERIFY(planets >= 10 && planets < 24);
        // Measured: 8 of 20 (short bleeds of a faint planet go unseen), no false alarm.
        QVERIFY2(caught >= 4, qPrintable(QString::number(caught)));
        QCOMPARE(falseAlarms, 0);
    }

    void planetAndCometFramesOfLascoAreTransients()
    {
        HB_REQUIRE_SHARED_DATA();
        std::vector<std::string> labelled;
        for (const char* folder : {"lasco/c2_2010-01_venus", "lasco/c3_2002-01_comet96p", "lasco/c3_2003-07_venus"})
            for (const auto& e : std::filesystem::directory_iterator(hb::test::sharedData(folder)))
                labelled.push_back(e.path().string());
        QVERIFY(labelled.size() >= 10);
        for (const auto& [path, d] : detectAll("detect.transients", labelled)) {
            QVERIFY2(d.flagged, (path + ": " + d.summary).c_str());
            QVERIFY(!d.lines.empty());
            QVERIFY2(d.summary.find("neighbours") != std::string::npos, d.summary.c_str());
            // Nothing along the picture's edge: LASCO's first and last rows are not trails. (The
            // Level 1 file, 35..., is rotated north up and padded with a constant: its pad edges count.)
            if (std::filesystem::path(path).filename().string().rfind("35", 0) == 0)
                continue;
            for (const auto& l : d.lines)
                QVERIFY2(std::min({l.y0, l.y1}) > 3 && std::max({l.y0, l.y1}) < 1020, d.summary.c_str());
        }
    }

    void detectorsPassTheFrameOnUnchanged()
    {
        const hb::Frame frame = hb::io::readFrame(m_c2.front());
        for (const char* id : {"detect.missing_blocks", "detect.corrupted", "detect.cosmic_rays", "detect.transients"}) {
            const auto& step = hb::steps::builtinSteps().frameStep(id, "test");
            const hb::Frame out = step.apply(frame, step.defaults(), {});
            QCOMPARE(out.detections.size(), std::size_t(1));
            QCOMPARE(out.detections[0].detector, std::string(id));
            QVERIFY(!out.detections[0].summary.empty());
            QVERIFY(std::equal(out.image.pixels().begin(), out.image.pixels().end(), frame.image.pixels().begin(),
                               [](float a, float b) { return a == b || (std::isnan(a) && std::isnan(b)); }));
        }
    }
};

QTEST_GUILESS_MAIN(TestDetectors)
#include "tst_detectors.moc"
