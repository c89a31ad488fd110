// The registry and pipelines by data kind: families register steps, traits say what they are,
// a pipeline holds steps of one kind.
#include "kernel/pipeline.h"
#include "kernel/parameter_assignment.h"
#include "kernel/provenance.h"
#include "kernel/step_registry.h"
#include "probe_family.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <stdexcept>

using namespace hb::steps;

class TestStepRegistry : public QObject {
    Q_OBJECT

private slots:
    void familiesRegisterInOrder()
    {
        const StepRegistry registry = hb::test::registryWithProbeFamily();
        QCOMPARE(registry.steps().size(), builtinSteps().steps().size() + 2);
        for (std::size_t i = 0; i < builtinSteps().steps().size(); ++i)
            QCOMPARE(registry.steps()[i]->descriptor().id, builtinSteps().steps()[i]->descriptor().id);
        QCOMPARE(registry.steps().back()->descriptor().id, std::string("probe.series_offset"));
    }

    void traitsNotNamesSayWhatAStepIs()
    {
        std::vector<std::string> detectors;
        for (const Step* step : builtinSteps().withTrait(StepTrait::Detector))
            detectors.push_back(step->descriptor().commandName);
        QCOMPARE(detectors, (std::vector<std::string>{"missing-blocks", "corrupted", "cosmic-rays", "transients"}));
        QVERIFY(builtinSteps().detector("transients"));
        QCOMPARE(builtinSteps().detector("transients")->descriptor().id, std::string("detect.transients"));
        QVERIFY(!builtinSteps().detector("detect.transients"));
        QVERIFY(builtinSteps().get("sequence.running_difference", "t").has(StepTrait::Sequence));
        QVERIFY(builtinSteps().get("common.rotate_north", "t").has(StepTrait::Geometry));
        QVERIFY(builtinSteps().get("common.reject_list", "t").has(StepTrait::Selection));
        QVERIFY(!builtinSteps().get("secchi.bias", "t").has(StepTrait::Geometry));
        QCOMPARE(traitNames(StepTrait::Sequence | StepTrait::Geometry),
                 (std::vector<std::string_view>{"sequence", "geometry"}));
    }

    void idsAndDetectorNamesAreUnique()
    {
        StepRegistry registry;
        hb::test::registerProbeFamily(registry);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, registry.add(std::make_unique<hb::test::BrightSpotDetector>()));
        QCOMPARE(registry.steps().size(), std::size_t(2));
    }

    void aSeriesStepIsNoFrameStep()
    {
        const StepRegistry registry = hb::test::registryWithProbeFamily();
        QCOMPARE(registry.get("probe.series_offset", "t").kind(), DataKind::TimeSeries);
        QVERIFY_THROWS_EXCEPTION(hb::Error, registry.frameStep("probe.series_offset", "p.json"));
        // A detector of the series kind is not what `flags detect` runs on frames.
        QVERIFY(!registry.detector("series-probe"));
        QVERIFY(registry.detector("bright-spots"));
    }

    void pipelinesKnowTheirKind()
    {
        const StepRegistry registry = hb::test::registryWithProbeFamily();
        const auto text = [](const char* kind, const char* step) {
            nlohmann::json json{{"format", "heliobench-pipeline"}, {"format_version", 1}, {"name", "k"}};
            if (kind)
                json["kind"] = kind;
            json["steps"] = nlohmann::json::array({nlohmann::json{{"id", step}}});
            return json.dump();
        };
        // Files written before the kind existed are frame pipelines.
        QCOMPARE(pipelineFromText(text(nullptr, "secchi.bias"), registry, "old.json").kind, DataKind::Frame);
        QCOMPARE(pipelineFromText(text("series", "probe.series_offset"), registry, "s.json").kind, DataKind::TimeSeries);
        QVERIFY_THROWS_EXCEPTION(hb::Error, pipelineFromText(text("series", "secchi.bias"), registry, "s.json"));
        QVERIFY_THROWS_EXCEPTION(hb::Error, pipelineFromText(text(nullptr, "probe.series_offset"), registry, "f.json"));
        QVERIFY_THROWS_EXCEPTION(hb::Error, pipelineFromText(text("cube", "secchi.bias"), registry, "c.json"));
        // Written with its kind, read back the same.
        const Pipeline series = pipelineFromText(text("series", "probe.series_offset"), registry, "s.json");
        QCOMPARE(pipelineToJson(series, registry).at("kind").get<std::string>(), std::string("series"));
        // A series pipeline is not run on a frame.
        hb::Frame frame;
        frame.image = hb::Image(4, 4);
        QVERIFY_THROWS_EXCEPTION(hb::Error, runPipeline(series, frame, registry));
    }

    void assignmentsAreTypedByTheSchema()
    {
        const Step& step = builtinSteps().get("detect.transients", "t");
        const ParamValues values = applyAssignments(step, {"hough_threshold=40", "temporal=false", "min_length=12.5"});
        QCOMPARE(std::get<long long>(values.at("hough_threshold")), 40LL);
        QCOMPARE(std::get<bool>(values.at("temporal")), false);
        QCOMPARE(std::get<double>(values.at("min_length")), 12.5);
        QCOMPARE(values.size(), step.defaults().size());
        try {
            applyAssignments(step, {"hough_threshold=forty"});
            QFAIL("a word for an integer was taken");
        } catch (const hb::Error& e) {
            QVERIFY2(std::string(e.what()).find("hough_threshold=forty") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(hb::Error, applyAssignments(step, {"no_such_key=1"}));
        QVERIFY_THROWS_EXCEPTION(hb::Error, applyAssignments(step, {"hough_threshold"}));
        QVERIFY_THROWS_EXCEPTION(hb::Error, applyAssignments(step, {"hough_threshold=100000000"}));
    }

    void historyIsOneSinkOfProvenance()
    {
        hb::Header header;
        FitsHistorySink sink(header);
        const Step& step = builtinSteps().get("secchi.bias", "t");
        sink.record(step.descriptor(), step.defaults());
        const Pipeline replay = pipelineFromHistory(header, builtinSteps());
        QCOMPARE(replay.steps.size(), std::size_t(1));
        QCOMPARE(replay.steps[0].id, std::string("secchi.bias"));
        QCOMPARE(canonicalText(replay.steps[0].parameters), canonicalText(step.defaults()));
    }
};

QTEST_GUILESS_MAIN(TestStepRegistry)
#include "tst_step_registry.moc"
