// Walks every registered step (STYLE.md point 10): ids, schemas, defaults, JSON and HISTORY
// round trips, a run on a small simulated frame of a detector it applies to, cancellation.
#include "io/file_reader.h"
#include "kernel/pipeline.h"
#include "kernel/provenance.h"
#include "run/sequence_engine.h"
#include "kernel/step_registry.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <regex>
#include <set>

using namespace hb::steps;

class TestStepConformance : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::map<std::string, hb::Frame> m_frames;  // detector -> a simulated Level 0.5 frame
    std::map<std::string, std::vector<std::string>> m_sequences;  // detector -> its simulated files

    const hb::Frame* frameFor(const Step& step) const
    {
        for (const auto& [detector, frame] : m_frames)
            if (step.appliesTo(frame.info))
                return &frame;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        for (const char* kind : {"cor2", "euvi", "lasco-c3"}) {
            const auto files = hb::test::simulateInto(m_dir.filePath(QString::fromLatin1(kind)), kind, 4, 64);
            hb::Frame frame = hb::io::readFrame(files.front());
            const std::string detector = *frame.info.detector;
            m_frames[detector] = std::move(frame);
            for (const auto& file : files)
                m_sequences[detector].push_back(file);
        }
    }

    void idsAndSchemasAreWellFormed()
    {
        const std::regex idPattern("[a-z]+\\.[a-z0-9_]+"), keyPattern("[a-z][a-z0-9_]*");
        std::set<std::string> ids;
        QVERIFY(builtinSteps().steps().size() >= 12);
        for (const auto& step : builtinSteps().steps()) {
            const StepDescriptor& info = step->descriptor();
            QVERIFY2(std::regex_match(info.id, idPattern), info.id.c_str());
            QVERIFY(ids.insert(info.id).second);
            QVERIFY(info.version >= 1);
            QVERIFY2(!info.title.empty() && info.description.size() > 60, info.id.c_str());
            std::set<std::string> keys;
            for (const ParamSpec& spec : step->parameters()) {
                QVERIFY2(std::regex_match(spec.key, keyPattern), spec.key.c_str());
                QVERIFY(keys.insert(spec.key).second);
                QVERIFY2(!spec.label.empty() && !spec.help.empty(), (step->descriptor().id + "." + spec.key + ": label and help").c_str());
                QVERIFY2(checkValue(spec, spec.defaultValue).empty() ||
                             (spec.type == ParamType::File && spec.optional),
                         (info.id + "." + spec.key + ": " + checkValue(spec, spec.defaultValue)).c_str());
                if (spec.type == ParamType::Choice)
                    QVERIFY(!spec.choices.empty());
            }
        }
    }

    // A slider across 0-65,535 DN or 1-1,000,000 cannot set a bias or a threshold: a wide range
    // has a usual span, inside the range and holding the default (any value can still be typed).
    void wideParametersHaveAUsualSpanAroundTheirDefault()
    {
        // Values that differ by orders of magnitude between instruments have no usual span.
        const std::set<std::string> spanless = {"secchi.calibration_factor.factor"};
        int spans = 0;
        for (const auto& step : builtinSteps().steps())
            for (const ParamSpec& spec : step->parameters()) {
                if (spec.type != ParamType::Number && spec.type != ParamType::Integer)
                    continue;
                const std::string name = step->descriptor().id + "." + spec.key;
                const bool hasSpan = std::isfinite(spec.sliderFrom) && std::isfinite(spec.sliderTo);
                if (!hasSpan) {
                    QVERIFY2(spanless.count(name) || !(spec.maximum - spec.minimum >= 100), (name + ": wide range without a usual span").c_str());
                    continue;
                }
                ++spans;
                QVERIFY2(spec.minimum <= spec.sliderFrom && spec.sliderFrom < spec.sliderTo && spec.sliderTo <= spec.maximum, name.c_str());
                const double value = spec.type == ParamType::Integer ? static_cast<double>(std::get<long long>(spec.defaultValue))
                                                                       : std::get<double>(spec.defaultValue);
                QVERIFY2(spec.sliderFrom <= value && value <= spec.sliderTo, (name + ": default outside its usual span").c_str());
            }
        QVERIFY(spans >= 20);
    }

    void parametersRoundTripThroughJsonAndHistory()
    {
        Pipeline pipeline;
        pipeline.name = "every step";
        for (const auto& step : builtinSteps().steps())
            pipeline.steps.push_back({step->descriptor().id, step->defaults(), true});
        const nlohmann::json json = pipelineToJson(pipeline, builtinSteps());
        const Pipeline back = pipelineFromJson(nlohmann::json::parse(json.dump()), builtinSteps(), "memory");
        QCOMPARE(back.steps.size(), pipeline.steps.size());
        hb::Header header;
        for (std::size_t i = 0; i < back.steps.size(); ++i) {
            QCOMPARE(canonicalText(back.steps[i].parameters), canonicalText(pipeline.steps[i].parameters));
            recordProvenance(header, back.steps[i].id, 1, back.steps[i].parameters);
        }
        for (const std::string& text : header.commentary("HISTORY"))
            QVERIFY2(text.size() <= 72, text.c_str());
        const Pipeline replayed = pipelineFromHistory(header, builtinSteps());
        QCOMPARE(replayed.steps.size(), pipeline.steps.size());
        for (std::size_t i = 0; i < replayed.steps.size(); ++i)
            QCOMPARE(canonicalText(replayed.steps[i].parameters), canonicalText(pipeline.steps[i].parameters));
    }

    void invalidValuesAreRefusedNamingTheKey()
    {
        for (const auto& step : builtinSteps().steps())
            for (const ParamSpec& spec : step->parameters()) {
                ParamValue bad;
                if (spec.type == ParamType::Number && std::isfinite(spec.maximum))
                    bad = spec.maximum * 2 + 1;
                else if (spec.type == ParamType::Choice)
                    bad = std::string("no-such-choice");
                else
                    continue;
                try {
                    step->normalise({{spec.key, bad}});
                    QFAIL(("accepted a bad " + step->descriptor().id + "." + spec.key).c_str());
                } catch (const hb::Error& e) {
                    QVERIFY2(e.problem().find(spec.key) != std::string::npos, e.what());
                }
            }
    }

    void everyStepRunsOnAFrameItAppliesTo()
    {
        for (const auto& step : builtinSteps().steps()) {
            const hb::Frame* frame = frameFor(*step);
            QVERIFY2(frame, step->descriptor().id.c_str());
            hb::Frame input = *frame;
            // Steps that need earlier ones (calibration needs DN/s) get a frame in the units they expect.
            if (step->descriptor().id.ends_with("calibration_factor"))
                input.header.set(hb::HeaderCard::string("BUNIT", "DN/s"));
            QCOMPARE(step->kind(), DataKind::Frame);
            const FrameStep& frameStep = builtinSteps().frameStep(step->descriptor().id, "conformance");
            try {
                if (step->has(StepTrait::Sequence)) {
                    // Alone it must refuse, naming the need; on its sequence it must give a frame.
                    QVERIFY_THROWS_EXCEPTION(hb::Error, frameStep.apply(input, step->defaults(), {}));
                    SequenceEngine engine(m_sequences.at(*frame->info.detector), builtinSteps());
                    Pipeline pipeline;
                    pipeline.steps.push_back({step->descriptor().id, step->defaults(), true});
                    const auto out = engine.result(pipeline, engine.size() - 1);
                    QVERIFY2(out && !out->image.isEmpty(), step->descriptor().id.c_str());
                    continue;
                }
                const hb::Frame out = frameStep.apply(input, step->defaults(), {});
                QVERIFY2(!out.image.isEmpty(), step->descriptor().id.c_str());
            } catch (const FrameRejected&) {
                // Selection steps may refuse a simulated beacon; that is their job.
            } catch (const hb::Error& e) {
                // Steps that need a file the user must give say so, naming the file they need.
                const std::string& id = step->descriptor().id;
                const bool needsFile = id == "secchi.calibration_image" || id == "lasco.vignetting" || id == "sequence.background";
                const std::string what = id == "sequence.background" ? "background" : "vig";
                QVERIFY2(needsFile && e.problem().find(what) != std::string::npos && e.problem().find("\"file\"") != std::string::npos,
                         e.what());
            }
        }
    }

    void pipelineFilesWithProblemsNameThem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("is not valid JSON");
        QTest::newRow("not a pipeline") << QByteArray("{\"steps\": []}") << QStringLiteral("not a HelioBench pipeline");
        QTest::newRow("future format") << QByteArray(R"({"format": "heliobench-pipeline", "format_version": 9, "steps": []})")
                                       << QStringLiteral("format version 9");
        QTest::newRow("unknown step")
            << QByteArray(R"({"format": "heliobench-pipeline", "format_version": 1, "steps": [{"id": "secchi.nothing"}]})")
            << QStringLiteral("secchi.nothing");
        QTest::newRow("newer step")
            << QByteArray(R"({"format": "heliobench-pipeline", "format_version": 1, "steps": [{"id": "secchi.bias", "version": 5}]})")
            << QStringLiteral("version 5");
        QTest::newRow("unknown key")
            << QByteArray(R"({"format": "heliobench-pipeline", "format_version": 1, "steps": [{"id": "secchi.bias", "parameters": {"colour": 1}}]})")
            << QStringLiteral("colour");
        QTest::newRow("wrong type")
            << QByteArray(R"({"format": "heliobench-pipeline", "format_version": 1, "steps": [{"id": "secchi.bias", "parameters": {"value_dn": "high"}}]})")
            << QStringLiteral("value_dn");
    }

    void pipelineFilesWithProblemsNameThem()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const std::string path = m_dir.filePath(QStringLiteral("bad.json")).toStdString();
        std::ofstream(path) << text.toStdString();
        try {
            loadPipeline(path, builtinSteps());
            QFAIL("accepted a bad pipeline file");
        } catch (const hb::Error& e) {
            QCOMPARE(e.file(), path);
            QVERIFY2(e.problem().find(problem.toStdString()) != std::string::npos, e.what());
        }
    }

    void cancellationStopsAPipeline()
    {
        Pipeline pipeline;
        pipeline.steps.push_back({"secchi.exposure", builtinSteps().get("secchi.exposure", "t").defaults(), true});
        std::atomic<bool> cancel{true};
        QVERIFY_THROWS_EXCEPTION(Cancelled, runPipeline(pipeline, m_frames.at("COR2"), builtinSteps(), RunContext{&cancel}));
    }
};

QTEST_APPLESS_MAIN(TestStepConformance)
#include "tst_step_conformance.moc"
