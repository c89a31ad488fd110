// Latest-request-wins: the newest request is never dropped, superseded work delivers nothing,
// failures reach the caller; the compare tab always ends on the last pair asked for.
#include "workspaces/image/compare_presenter.h"
#include "kernel/pipeline.h"
#include "kernel/step_registry.h"
#include "latest_request.h"
#include "workspaces/image/processed_frames.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace {

// Work that runs until cancelled or for `ms`, then returns its request.
int slowEcho(const int& request, const std::atomic<bool>& cancel)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(request < 0 ? 0 : 150);
    while (std::chrono::steady_clock::now() < until) {
        if (cancel.load())
            throw hb::steps::Cancelled();
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (request == 99)
        throw std::runtime_error("work failed on 99");
    return request;
}

} // namespace

class TestLatestRequest : public QObject {
    Q_OBJECT

private slots:
    void theNewestWinsAndSupersededWorkDeliversNothing()
    {
        QObject context;
        std::vector<int> delivered;
        hb::app::LatestRequest<int, int> latest(&context, slowEcho, [&](int r) { delivered.push_back(r); });
        latest.request(1);
        latest.request(2);
        latest.request(3);
        QVERIFY(latest.busy() && latest.newerWaiting());
        QTRY_VERIFY_WITH_TIMEOUT(!latest.busy(), 5000);
        QCOMPARE(delivered, std::vector<int>{3});
    }

    void workLetFinishDeliversThenTheNewestRuns()
    {
        QObject context;
        std::vector<int> delivered;
        hb::app::LatestRequest<int, int> latest(&context, slowEcho, [&](int r) { delivered.push_back(r); });
        latest.setSupersedes([](const int&, const int&, qint64) { return false; });
        latest.request(1);
        latest.request(2);
        latest.request(3);
        QTRY_VERIFY_WITH_TIMEOUT(!latest.busy(), 5000);
        QCOMPARE(delivered, (std::vector<int>{1, 3}));
    }

    void aFailureIsReportedNotThrownOnTheUiThread()
    {
        QObject context;
        QString problem;
        int failedRequest = 0;
        hb::app::LatestRequest<int, int> latest(
            &context, slowEcho, [](int) { QFAIL("a failed request delivered a result"); },
            [&](const int& request, const QString& text) {
                failedRequest = request;
                problem = text;
            });
        latest.request(99);
        QTRY_VERIFY_WITH_TIMEOUT(!latest.busy(), 5000);
        QCOMPARE(failedRequest, 99);
        QCOMPARE(problem, QStringLiteral("work failed on 99"));
    }

    void theCompareTabEndsOnTheLastPairAskedFor()
    {
        QTemporaryDir dir;
        const auto small = hb::test::simulateInto(dir.filePath(QStringLiteral("small")), "lasco-c2", 2, 64);
        const auto large = hb::test::simulateInto(dir.filePath(QStringLiteral("large")), "lasco-c2", 2, 256);
        hb::app::ComparePresenter presenter(std::make_shared<hb::FrameCache>(64u << 20));
        QSignalSpy compared(&presenter, &hb::app::ComparePresenter::compared);
        hb::render::DisplaySettings display;
        display.range = {0, 1000};
        presenter.compare(small[0], small[1], display, {});
        presenter.compare(large[0], large[1], display, {});  // asked while the first pair is drawn
        QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty() && compared.last().at(0).value<QImage>().width() == 256, 10000);
        QTest::qWait(100);
        QCOMPARE(compared.last().at(0).value<QImage>().width(), 256);
    }

    void aProcessedFrameStopsWhenAnotherIsAskedFor()
    {
        QTemporaryDir dir;
        const auto files = hb::test::simulateInto(dir.path(), "lasco-c2", 3, 64);
        const auto pipeline =
            hb::steps::loadPipeline(HB_SOURCE_DIR "/resources/pipelines/lasco-l1.json", hb::steps::builtinSteps());
        hb::app::ProcessedFrames processed(hb::steps::builtinSteps(), 64u << 20);
        const auto source = processed.source(pipeline, files);
        std::atomic<bool> cancel{true};
        QVERIFY_THROWS_EXCEPTION(hb::steps::Cancelled, source(files[1], &cancel));
        // A cancel is not remembered as the frame's failure.
        cancel = false;
        const auto frame = source(files[1], &cancel);
        QVERIFY(frame && !frame->image.isEmpty());
        QCOMPARE(frame->header.text("BUNIT"), std::string("MSB"));
    }
};

QTEST_MAIN(TestLatestRequest)
#include "tst_latest_request.moc"
