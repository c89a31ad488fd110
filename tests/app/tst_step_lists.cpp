// A family's steps show up wherever steps are listed (the CLI's steps and flags detect, the
// Pipeline dock's add menu, the Detectors dock) because they are registered, with no other edit.
#include "commands.h"
#include "workspaces/review/detector_panel.h"
#include "workspaces/processing/pipeline_panel.h"
#include "probe_family.h"
#include "workspaces/review/review_session.h"
#include "test_support.h"

#include <QComboBox>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <nlohmann/json.hpp>

#include <iostream>
#include <sstream>

namespace {

// Runs the command line in this process with `registry`, capturing what it prints.
struct CliRun {
    int status = -1;
    std::string out, err;
};
CliRun runCli(const std::vector<std::string>& words, const hb::steps::StepRegistry& registry)
{
    std::ostringstream out, err;
    std::streambuf* oldOut = std::cout.rdbuf(out.rdbuf());
    std::streambuf* oldErr = std::cerr.rdbuf(err.rdbuf());
    CliRun run;
    run.status = hb::cli::runCommandLine(words, registry);
    std::cout.rdbuf(oldOut);
    std::cerr.rdbuf(oldErr);
    run.out = out.str();
    run.err = err.str();
    return run;
}

QStringList actionIds(const QMenu* menu)
{
    QStringList ids;
    for (const QAction* action : menu->actions())
        ids << action->data().toString();
    return ids;
}

} // namespace

class TestStepLists : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    hb::steps::StepRegistry m_registry = hb::test::registryWithProbeFamily();

private slots:
    void initTestCase() { hb::test::useFreshSettings("tst_step_lists"); }

    void stepsListsEveryRegisteredStepWithKindAndTraits()
    {
        const CliRun run = runCli({"steps", "--json"}, m_registry);
        QCOMPARE(run.status, 0);
        std::istringstream lines(run.out);
        std::map<std::string, nlohmann::json> records;
        for (std::string line; std::getline(lines, line);) {
            const nlohmann::json record = nlohmann::json::parse(line);
            records[record.at("id")] = record;
        }
        QCOMPARE(records.size(), m_registry.steps().size());
        const nlohmann::json& probe = records.at("probe.bright_spots");
        QCOMPARE(probe.at("kind").get<std::string>(), std::string("frame"));
        QVERIFY(probe.at("traits") == nlohmann::json::array({"detector"}));
        QCOMPARE(probe.at("command_name").get<std::string>(), std::string("bright-spots"));
        QCOMPARE(probe.at("parameters").at(0).at("key").get<std::string>(), std::string("threshold"));
        QCOMPARE(records.at("probe.series_offset").at("kind").get<std::string>(), std::string("series"));
        QVERIFY(records.at("sequence.noise_gate").at("traits") == nlohmann::json::array({"sequence"}));
    }

    void flagsDetectRunsTheFamilysDetector()
    {
        const auto files = hb::test::simulateInto(m_dir.path(), "lasco-c2", 2, 128);
        const CliRun low = runCli({"flags", "detect", "bright-spots", files[0], "--json", "--param", "threshold=1"}, m_registry);
        QCOMPARE(low.status, 0);
        const nlohmann::json record = nlohmann::json::parse(low.out.substr(0, low.out.find('\n')));
        QCOMPARE(record.at("detector").get<std::string>(), std::string("bright-spots"));
        QCOMPARE(record.at("flagged").get<bool>(), true);
        const double brightest = record.at("score").get<double>();
        QVERIFY(brightest > 1);
        // Just above the brightest pixel the same frame passes: the parameter reached the step.
        const CliRun high = runCli({"flags", "detect", "bright-spots", files[0], "--json", "--param",
                                    "threshold=" + std::to_string(brightest * 1.01)},
                                   m_registry);
        QCOMPARE(nlohmann::json::parse(high.out.substr(0, high.out.find('\n'))).at("flagged").get<bool>(), false);
        // The usage names it among the built-in detectors; the series detector is not offered.
        const CliRun unknown = runCli({"flags", "detect", "no-such-detector", files[0]}, m_registry);
        QCOMPARE(unknown.status, 2);
        QVERIFY2(unknown.err.find("missing-blocks, corrupted, cosmic-rays, transients, bright-spots") != std::string::npos,
                 unknown.err.c_str());
        QVERIFY(unknown.err.find("series-probe") == std::string::npos);
        const CliRun typo = runCli({"flags", "detect", "bright-spots", files[0], "--param", "threshold=high"}, m_registry);
        QCOMPARE(typo.status, 2);
        QVERIFY2(typo.err.find("threshold=high") != std::string::npos, typo.err.c_str());
    }

    void thePipelineDockOffersTheFamilysFrameSteps()
    {
        hb::app::PipelinePanel panel(m_registry);
        const auto* add = panel.findChild<QToolButton*>(QStringLiteral("addStep"));
        QVERIFY(add && add->menu());
        const QStringList ids = actionIds(add->menu());
        QVERIFY(ids.contains(QStringLiteral("probe.bright_spots")));
        QVERIFY(ids.contains(QStringLiteral("secchi.bias")));
        // A frame pipeline is offered frame steps only.
        QVERIFY(!ids.contains(QStringLiteral("probe.series_offset")));
        QCOMPARE(ids.size(), static_cast<qsizetype>(m_registry.steps().size() - 1));
    }

    void theDetectorsDockListsTheFamilysDetector()
    {
        hb::app::ReviewSession session;
        hb::app::DetectorPanel panel(m_registry, session, [](bool) { return std::vector<std::string>{}; });
        const auto* choice = panel.findChild<QComboBox*>(QStringLiteral("detectorChoice"));
        QVERIFY(choice);
        QStringList ids;
        for (int i = 0; i < choice->count(); ++i)
            ids << choice->itemData(i).toString();
        QCOMPARE(ids, (QStringList{"detect.missing_blocks", "detect.corrupted", "detect.cosmic_rays", "detect.transients",
                                   "probe.bright_spots"}));
    }
};

QTEST_MAIN(TestStepLists)
#include "tst_step_lists.moc"
