// Pipelines in an order that makes no sense are found by what each step takes and gives; the
// shipped pipelines are in a sensible order.
#include "kernel/data_unit.h"
#include "kernel/pipeline.h"
#include "kernel/step_registry.h"

#include <QDir>
#include <QTest>

using namespace hb::steps;

namespace {

Pipeline of(std::initializer_list<const char*> ids)
{
    Pipeline p;
    p.name = "test";
    for (const char* id : ids)
        p.steps.push_back({.id = id});
    return p;
}

} // namespace

class TestDataUnit : public QObject {
    Q_OBJECT

private slots:
    void shippedPipelinesAreInASensibleOrder()
    {
        const QDir dir(QStringLiteral(HB_SOURCE_DIR "/resources/pipelines"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 3);
        for (const QString& file : files) {
            const Pipeline p = loadPipeline(dir.filePath(file).toStdString(), builtinSteps());
            const auto problems = unitProblems(p, builtinSteps());
            QVERIFY2(problems.empty(), qPrintable(file + QStringLiteral(": ") + QString::fromStdString(problems.empty() ? "" : problems.front())));
        }
        // And a difference after Level 1 is fine.
        Pipeline l1 = loadPipeline(dir.filePath(QStringLiteral("lasco-l1.json")).toStdString(), builtinSteps());
        l1.steps.push_back({.id = "sequence.running_difference"});
        QVERIFY(unitProblems(l1, builtinSteps()).empty());
    }

    void aDifferenceBeforeTheBiasIsNamed()
    {
        const auto problems = unitProblems(of({"sequence.running_difference", "secchi.bias", "secchi.exposure"}), builtinSteps());
        QCOMPARE(problems.size(), std::size_t(1));  // the exposure step takes DN, which the bias step gives
        QVERIFY2(problems[0].find("step 2 'Subtract bias'") != std::string::npos, problems[0].c_str());
        QVERIFY2(problems[0].find("step 1 'Running difference'") != std::string::npos, problems[0].c_str());
        QVERIFY2(problems[0].find("a difference") != std::string::npos, problems[0].c_str());
    }

    void countsMustBeNormalisedBeforeTheCalibrationFactor()
    {
        QCOMPARE(unitProblems(of({"secchi.bias", "secchi.calibration_factor"}), builtinSteps()).size(), std::size_t(1));
        QVERIFY(unitProblems(of({"secchi.bias", "secchi.exposure", "secchi.calibration_factor"}), builtinSteps()).empty());
        // Exposure before bias scales the bias too.
        QCOMPARE(unitProblems(of({"lasco.bias_exposure", "secchi.exposure"}), builtinSteps()).size(), std::size_t(1));
    }

    void theOutputUnitIsWhatTheLastStepThatSaysGives()
    {
        QCOMPARE(unitGiven(of({"secchi.bias", "secchi.exposure"}), builtinSteps()), std::optional(DataUnit::DnPerSecond));
        Pipeline ratio = of({"secchi.bias", "secchi.exposure", "sequence.running_difference", "common.rebin"});
        ratio.steps[2].parameters["mode"] = std::string("ratio");
        QCOMPARE(unitGiven(ratio, builtinSteps()), std::optional(DataUnit::Ratio));
        ratio.steps[2].enabled = false;
        QCOMPARE(unitGiven(ratio, builtinSteps()), std::optional(DataUnit::DnPerSecond));
        QVERIFY(!unitGiven(of({"common.rebin"}), builtinSteps()));
        QCOMPARE(dataUnitKey(DataUnit::DnPerSecond), std::string_view("dn_s"));
    }

    void whatIsNotKnownIsNotJudged()
    {
        // A pipeline over Level 1 files starts with calibrated data: nothing says otherwise.
        QVERIFY(unitProblems(of({"sequence.running_difference", "sequence.temporal_smoothing"}), builtinSteps()).empty());
        QVERIFY(unitProblems(of({"secchi.calibration_factor"}), builtinSteps()).empty());
        // A disabled step is not in the order.
        Pipeline p = of({"sequence.running_difference", "secchi.bias"});
        p.steps[0].enabled = false;
        QVERIFY(unitProblems(p, builtinSteps()).empty());
        // The ratio mode gives a ratio: a bias after it is still wrong, and says so.
        Pipeline ratio = of({"sequence.running_difference", "secchi.bias"});
        ratio.steps[0].parameters["mode"] = std::string("ratio");
        const auto problems = unitProblems(ratio, builtinSteps());
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].find("a ratio") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestDataUnit)
#include "tst_data_unit.moc"
