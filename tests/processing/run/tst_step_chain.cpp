// The live preview's step chain: reruns only what changed and gives runPipeline's results.
#include "io/file_reader.h"
#include "kernel/pipeline.h"
#include "run/step_chain.h"
#include "kernel/step_registry.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace hb::steps;

namespace {

bool samePixels(const hb::Image& a, const hb::Image& b)
{
    if (a.width() != b.width() || a.height() != b.height())
        return false;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const float u = a.at(x, y), v = b.at(x, y);
            if (!(u == v || (std::isnan(u) && std::isnan(v))) || a.maskAt(x, y) != b.maskAt(x, y))
                return false;
        }
    return true;
}

std::vector<std::string> historyOf(const hb::Frame& frame)
{
    std::vector<std::string> lines;
    for (const auto& card : frame.header.cards())
        if (card.keyword == "HISTORY")
            lines.push_back(card.value + card.comment);
    return lines;
}


} // namespace

class TestStepChain : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<const hb::Frame> m_frame;
    Pipeline m_pipeline;

private slots:
    void initTestCase()
    {
        const auto files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c3")), "lasco-c3", 1, 256);
        m_frame = std::make_shared<const hb::Frame>(hb::io::readFrame(files.front()));
        m_pipeline = loadPipeline(HB_SOURCE_DIR "/resources/pipelines/lasco-l1.json", builtinSteps());
    }

    void firstUpdateRunsEveryStepAndMatchesRunPipeline()
    {
        StepChain chain(builtinSteps());
        chain.setInput(m_frame);
        const auto update = chain.update(m_pipeline);
        QCOMPARE(update.firstRun, std::size_t{0});
        std::size_t enabled = 0;
        for (const auto& s : m_pipeline.steps)
            enabled += s.enabled ? 1 : 0;
        QCOMPARE(update.stepsRun, enabled);
        QVERIFY(chain.result());
        const hb::Frame direct = runPipeline(m_pipeline, *m_frame, builtinSteps());
        QVERIFY(samePixels(chain.result()->image, direct.image));
        QCOMPARE(historyOf(*chain.result()), historyOf(direct));
        // A disabled step passes its input through unchanged: the same frame, not a copy.
        const std::size_t vig = findStep(m_pipeline, "lasco.vignetting");
        QVERIFY(!m_pipeline.steps[vig].enabled);
        QCOMPARE(chain.after(vig).get(), chain.before(vig).get());
    }

    void aChangedParameterRerunsThatStepAndWhatFollows()
    {
        StepChain chain(builtinSteps());
        chain.setInput(m_frame);
        chain.update(m_pipeline);
        const std::size_t factor = findStep(m_pipeline, "lasco.calibration_factor");
        const auto beforeFactor = chain.before(factor);
        const auto oldResult = chain.result();
        Pipeline changed = m_pipeline;
        changed.steps[factor].parameters["factor"] = 2e-10;
        changed.steps[factor].parameters = builtinSteps().get(changed.steps[factor].id, {}).normalise(changed.steps[factor].parameters);
        const auto update = chain.update(changed);
        QCOMPARE(update.firstRun, factor);
        QCOMPARE(chain.before(factor).get(), beforeFactor.get());  // reused, not recomputed
        QVERIFY(chain.result().get() != oldResult.get());
        QVERIFY(samePixels(chain.result()->image, runPipeline(changed, *m_frame, builtinSteps()).image));
        // Nothing changed: nothing runs.
        QCOMPARE(chain.update(changed).stepsRun, std::size_t{0});
    }

    void aFailingStepSaysWhyAndStopsTheChain()
    {
        StepChain chain(builtinSteps());
        chain.setInput(m_frame);
        Pipeline withVignetting = m_pipeline;
        const std::size_t vig = findStep(withVignetting, "lasco.vignetting");
        withVignetting.steps[vig].enabled = true;  // but no file given
        chain.update(withVignetting);
        QVERIFY(chain.stages()[vig].problem.find("c3vig") != std::string::npos);
        QVERIFY(!chain.stages()[vig].rejected);
        QVERIFY(!chain.after(vig) && !chain.result());
        QVERIFY(chain.before(vig));
        // Disabling it again brings the result back and reruns only from there.
        const auto update = chain.update(m_pipeline);
        QCOMPARE(update.firstRun, vig);
        QVERIFY(chain.result());
    }

    void cancellationLeavesTheChainUsable()
    {
        StepChain chain(builtinSteps());
        chain.setInput(m_frame);
        std::atomic<bool> cancel{true};
        QVERIFY_THROWS_EXCEPTION(Cancelled, chain.update(m_pipeline, RunContext{&cancel}));
        cancel = false;
        const auto update = chain.update(m_pipeline, RunContext{&cancel});
        QCOMPARE(update.firstRun, std::size_t{0});
        QVERIFY(chain.result());
    }
};

QTEST_GUILESS_MAIN(TestStepChain)
#include "tst_step_chain.moc"
