// The one export loop with sinks of the test's own: each kept frame reaches every sink once, in
// sequence order, after the sample; a frame a sink cannot take is failed for all of them;
// flagged and skipped frames never reach a sink; a refused output stops before any work; a
// cancelled run finishes no sink.
#include "catalog/folder_scanner.h"
#include "core/error.h"
#include "export/sequence_export.h"
#include "kernel/step_registry.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>

using namespace hb;
using namespace hb::exporting;

namespace {

constexpr int kFrames = 8;

struct Position final : SinkPiece {
    std::size_t position = 0;
};

// Records what it is given; refuses the frame at `refused` and, when asked, its output.
class RecordingSink final : public SequenceSink {
public:
    std::size_t refused = SIZE_MAX;
    bool refuseOutput = false;
    bool sample = false;
    std::vector<std::size_t> sampleSizes;
    mutable std::atomic<int> prepared{0};
    std::vector<std::size_t> added;
    int finished = 0;

    void checkOutput() const override
    {
        if (refuseOutput)
            throw Error("out.bin", "exists already");
    }
    bool wantsSample() const override { return sample; }
    void begin(const std::vector<const Frame*>& frames, const FrameSequence&) override { sampleSizes.push_back(frames.size()); }
    std::unique_ptr<SinkPiece> prepare(const Frame& frame, std::size_t position) const override
    {
        ++prepared;
        if (position == refused)
            throw Error(frame.info.path, "refused by the sink");
        auto piece = std::make_unique<Position>();
        piece->position = position;
        return piece;
    }
    void add(std::unique_ptr<SinkPiece> piece, FrameRecord& record) override
    {
        added.push_back(static_cast<Position&>(*piece).position);
        record.product = "added";
    }
    void finish() override { ++finished; }
};

steps::Pipeline asRead()
{
    return steps::Pipeline{.name = "as read"};
}

} // namespace

class TestSequenceExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    FrameSequence m_sequence;

private slots:
    void initTestCase()
    {
        const auto files = test::simulateInto(m_dir.filePath(QStringLiteral("c2")), "lasco-c2", kFrames, 64);
        const auto sequences = groupSequences(scanFiles(files));
        QCOMPARE(sequences.size(), std::size_t(1));
        m_sequence = sequences.front();
        QCOMPARE(m_sequence.frames.size(), std::size_t(kFrames));
    }

    void everySinkGetsEveryKeptFrameInOrder()
    {
        RecordingSink first, second;
        second.sample = true;
        second.refused = 5;
        ExportOptions options;
        options.flagged = [&](const std::string& path) -> std::optional<std::string> {
            return path == m_sequence.frames[1].info.path ? std::optional<std::string>("corrupted") : std::nullopt;
        };
        options.skipped = {m_sequence.frames[3].info.path};
        options.sampleFrames = 4;
        options.frameListPath = m_dir.filePath(QStringLiteral("frames.csv")).toStdString();
        std::vector<std::size_t> progress;
        const ExportReport report = exportSequence(asRead(), m_sequence, steps::builtinSteps(), options, {&first, &second},
                                                   {.progress = [&](const steps::Progress& p) { progress.push_back(p.done); }});
        const std::vector<std::size_t> expected{0, 2, 4, 6, 7};
        QCOMPARE(first.added, expected);
        QCOMPARE(second.added, expected);
        QCOMPARE(second.sampleSizes, std::vector<std::size_t>{4});
        QVERIFY(first.sampleSizes.empty());
        QCOMPARE(first.finished, 1);
        QCOMPARE(second.finished, 1);
        QCOMPARE(report.frames[1].status, FrameRecord::Status::Flagged);
        QCOMPARE(report.frames[3].status, FrameRecord::Status::Skipped);
        QCOMPARE(report.frames[5].status, FrameRecord::Status::Failed);
        QCOMPARE(report.frames[5].reason, std::string("refused by the sink"));
        QVERIFY(report.frames[5].product.empty());
        QCOMPARE(report.count(FrameRecord::Status::Included), expected.size());
        QCOMPARE(progress, (std::vector<std::size_t>{1, 2, 3, 4, 5, 6}));
        QVERIFY(std::filesystem::exists(options.frameListPath));
    }

    void aRefusedOutputStopsBeforeAnyWork()
    {
        RecordingSink good, refusing;
        refusing.refuseOutput = true;
        int progressCalls = 0;
        QVERIFY_THROWS_EXCEPTION(Error, exportSequence(asRead(), m_sequence, steps::builtinSteps(), {}, {&good, &refusing},
                                                       {.progress = [&](const steps::Progress&) { ++progressCalls; }}));
        QCOMPARE(good.prepared.load(), 0);
        QCOMPARE(progressCalls, 0);
    }

    void everyFrameFailingIsAnError()
    {
        RecordingSink sink;
        ExportOptions options;
        options.skipped = {m_sequence.frames[0].info.path};
        for (std::size_t k = 2; k < m_sequence.frames.size(); ++k)
            options.skipped.insert(m_sequence.frames[k].info.path);
        sink.refused = 1;  // the only frame kept
        QVERIFY_THROWS_EXCEPTION(Error, exportSequence(asRead(), m_sequence, steps::builtinSteps(), options, {&sink}));
        QCOMPARE(sink.finished, 0);
    }

    void cancellingFinishesNoSink()
    {
        RecordingSink sink;
        std::atomic<bool> cancel{false};
        ExportOptions options;
        options.threads = 1;
        const ExportReport report = exportSequence(asRead(), m_sequence, steps::builtinSteps(), options, {&sink},
                                                   {.cancel = &cancel, .progress = [&](const steps::Progress& p) {
                                                        if (p.done == 2)
                                                            cancel = true;
                                                    }});
        QVERIFY(report.cancelled);
        QCOMPARE(sink.finished, 0);
        QCOMPARE(report.count(FrameRecord::Status::Included), std::size_t(0));
        QVERIFY(sink.added.size() >= 2 && sink.added.size() < std::size_t(kFrames));
    }
};

QTEST_GUILESS_MAIN(TestSequenceExport)
#include "tst_sequence_export.moc"
