// What the frame view says about the frame: a caption with its time, detector and number in
// the sequence (toggled from the View menu), and while playing one display range pooled over
// the sequence, the same as a movie of it would use.
#include "export/movie_frame.h"
#include "export/sequence_export.h"
#include "catalog_panel.h"
#include "colour_bar.h"
#include "compare_view.h"
#include "image_view.h"
#include "io/file_reader.h"
#include "main_window.h"
#include "session.h"
#include "workspaces/image/display_toolbar.h"
#include "workspaces/image/image_workspace.h"
#include "workspaces/image/sequence_panel.h"
#include "test_support.h"

#include <QAction>
#include <QScopeGuard>
#include <QComboBox>
#include <QFileInfo>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestFrameView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::vector<std::string> m_files;
    std::unique_ptr<hb::app::MainWindow> m_window;
    hb::app::MainWindow& window() { return *m_window; }

private slots:
    void initTestCase()
    {
        hb::test::useFreshSettings("tst_frame_view");
        m_files = hb::test::simulateInto(m_dir.filePath(QStringLiteral("c3")), "lasco-c3", 8, 64, 9);
        m_window = std::make_unique<hb::app::MainWindow>();
        window().show();
        QSignalSpy finished(&window(), &hb::app::MainWindow::scanFinished);
        window().openFolder(m_dir.path());
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(window().currentFrame() != nullptr, 20000);
    }

    void theCaptionNamesTheFrame()
    {
        hb::widgets::ImageView* view = window().frameView();
        const hb::Frame* frame = window().currentFrame();
        QVERIFY(frame->info.time);
        const QString caption = view->caption();
        const QString time = QString::fromStdString(frame->info.time->toIso(0)).replace(QLatin1Char('T'), QLatin1Char(' '));
        QVERIFY2(caption.contains(time + QStringLiteral(" UT")), qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("LASCO C3")), qPrintable(caption));
        const int count = static_cast<int>(window().session()->sequence().size());
        QCOMPARE(count, 8);
        const int position = window().sequencePanel()->playback().position();
        QVERIFY2(caption.contains(QStringLiteral("frame %1 of %2").arg(position + 1).arg(count)), qPrintable(caption));
        // The next frame, its own caption.
        QSignalSpy shown(&window(), &hb::app::MainWindow::frameShown);
        window().sequencePanel()->playback().setPosition(position == 0 ? 1 : 0);
        QVERIFY(shown.wait(10000));
        QVERIFY(view->caption() != caption);
        QVERIFY(view->caption().contains(QStringLiteral("frame %1 of 8").arg(position == 0 ? 2 : 1)));
        // Toggled off from the View menu, remembered.
        auto* toggle = window().findChild<QAction*>(QStringLiteral("frameCaptionAction"));
        QVERIFY(toggle && toggle->isChecked());
        QVERIFY(view->captionShown());
        toggle->trigger();
        QVERIFY(!view->captionShown());
        toggle->trigger();
        QVERIFY(view->captionShown());
    }

    void theCompareTabNamesBothFramesAndScalesTheDifference()
    {
        auto& playback = window().sequencePanel()->playback();
        QSignalSpy shown(&window(), &hb::app::MainWindow::frameShown);
        playback.setPosition(3);
        QVERIFY(shown.wait(10000));
        hb::widgets::CompareView* compare = window().imageWorkspace()->compareView();
        compare->setPictures({}, {}, {});
        window().imageWorkspace()->setCompareShown(true);
        QTRY_VERIFY_WITH_TIMEOUT(!compare->left()->picture().isNull(), 10000);
        const auto& sequence = window().session()->sequence();
        const auto name = [&](std::size_t position) {
            return QFileInfo(QString::fromStdString(window().session()->entry(sequence[position]).info.path)).fileName();
        };
        QVERIFY2(compare->left()->caption().startsWith(QStringLiteral("A  ") + name(3)), qPrintable(compare->left()->caption()));
        QVERIFY2(compare->right()->caption().startsWith(QStringLiteral("B  ") + name(2)), qPrintable(compare->right()->caption()));
        QVERIFY(compare->left()->caption().contains(QStringLiteral(" UT")));
        // The difference has its scale, in the data's unit.
        compare->setMode(hb::widgets::CompareView::Mode::Difference);
        hb::widgets::DifferenceBar* bar = compare->differenceBar();
        QVERIFY(!bar->isHidden());  // (the tab itself is behind the frame tab here)
        QVERIFY(std::isfinite(bar->range()) && bar->range() > 0.0);
        QVERIFY2(bar->labelText().contains(QStringLiteral(" .. 0 .. +")), qPrintable(bar->labelText()));
        QVERIFY(compare->findChild<QWidget*>(QStringLiteral("blinkInterval"))->isHidden());
        // Blink at the rate asked for.
        compare->setMode(hb::widgets::CompareView::Mode::Blink);
        QVERIFY(bar->isHidden());
        auto* rate = compare->findChild<QSpinBox*>(QStringLiteral("blinkInterval"));
        QVERIFY(rate && !rate->isHidden());
        rate->setValue(200);
        QCOMPARE(compare->blinkInterval(), 200);
        compare->setMode(hb::widgets::CompareView::Mode::SideBySide);

        // Processed frames are compared as processed: A is drawn exactly as the frame view draws it
        // (the raw file drawn with the processed range would be one flat colour).
        QAction* processed = window().findChild<QAction*>(QStringLiteral("showProcessedAction"));
        QVERIFY(processed);
        compare->setPictures({}, {}, {});
        processed->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(window().frameView()->caption().contains(QStringLiteral("processed")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!compare->left()->picture().isNull(), 20000);
        QVERIFY(compare->left()->caption().contains(QStringLiteral("processed")));
        QCOMPARE(compare->left()->picture().size(), window().frameView()->picture().size());
        QCOMPARE(compare->left()->picture().convertToFormat(QImage::Format_RGB32),
                 window().frameView()->picture().convertToFormat(QImage::Format_RGB32));
        processed->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(!window().frameView()->caption().contains(QStringLiteral("processed")), 20000);
        window().imageWorkspace()->setCompareShown(false);
    }

    void playbackHoldsOneRangePooledOverTheSequence()
    {
        // 5 - 95 %: the simulated frames all saturate, so their 99.5 % points are one value.
        auto* limits = window().findChild<QComboBox*>(QStringLiteral("displayLimits"));
        limits->setCurrentIndex(2);
        emit limits->activated(2);
        QCOMPARE(window().imageWorkspace()->display()->percentiles(), QPointF(5.0, 95.0));
        // What a movie of the sequence would use, worked out here from the files.
        std::vector<hb::Frame> frames;
        for (const std::string& path : m_files)
            frames.push_back(hb::io::readFrame(path));
        std::vector<const hb::Image*> images;
        for (std::size_t pick : hb::exporting::evenSample(frames.size(), 12))
            images.push_back(&frames[pick].image);
        const hb::render::DisplayRange pooled = hb::exporting::sequenceDisplayRange(images, 5.0, 95.0);
        // Each frame's own range differs from it: a test of the pooling, not of a constant.
        int ownDiffers = 0;
        for (const hb::Frame& f : frames) {
            const hb::render::DisplayRange own = hb::exporting::sequenceDisplayRange({&f.image}, 5.0, 95.0);
            ownDiffers += std::abs(own.high - pooled.high) > 1e-6 * std::abs(pooled.high) ? 1 : 0;
        }
        QVERIFY(ownDiffers >= 2);

        std::vector<hb::render::DisplayRange> ranges;
        const QMetaObject::Connection collecting = connect(window().imageWorkspace(), &hb::app::ImageWorkspace::frameShown, this,
                                                           [&ranges](const hb::app::FramePresenter::Result& r) { ranges.push_back(r.range); });
        const auto stopCollecting = qScopeGuard([&collecting] { QObject::disconnect(collecting); });
        auto& playback = window().sequencePanel()->playback();
        playback.setFramesPerSecond(20);
        playback.play();
        // Once pooled, a whole round of the sequence is shown with that one range.
        const auto isPooled = [&](const hb::render::DisplayRange& r) {
            return std::abs(r.low - pooled.low) <= 1e-4 * std::abs(pooled.high - pooled.low) &&
                   std::abs(r.high - pooled.high) <= 1e-4 * std::abs(pooled.high - pooled.low);
        };
        QTRY_VERIFY_WITH_TIMEOUT(!ranges.empty() && isPooled(ranges.back()), 10000);
        const std::size_t from = ranges.size();
        QTRY_VERIFY_WITH_TIMEOUT(ranges.size() >= from + 10, 10000);
        playback.pause();
        for (std::size_t k = from; k < ranges.size(); ++k)
            QVERIFY2(isPooled(ranges[k]), qPrintable(QStringLiteral("frame %1: %2 .. %3, pooled %4 .. %5")
                                                         .arg(k).arg(ranges[k].low).arg(ranges[k].high).arg(pooled.low).arg(pooled.high)));
        // Stopped, the frame on screen has its own range again.
        const std::size_t stoppedAt = ranges.size();
        QTRY_VERIFY_WITH_TIMEOUT(ranges.size() > stoppedAt, 10000);
        const hb::Frame* onScreen = window().currentFrame();
        const hb::render::DisplayRange own = hb::exporting::sequenceDisplayRange({&onScreen->image}, 5.0, 95.0);
        QCOMPARE(ranges.back().high, own.high);
    }

    // Last: it opens another folder.
    void aFrameThePipelineRefusesShowsWhyNotTheOldPixels()
    {
        QTemporaryDir other;
        hb::test::simulateInto(other.filePath(QStringLiteral("cor2")), "cor2", 8, 64, 3);  // the 8th is a beacon
        QSignalSpy finished(&window(), &hb::app::MainWindow::scanFinished);
        window().openFolder(other.path());
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(window().currentFrame() != nullptr, 20000);
        QAction* processed = window().findChild<QAction*>(QStringLiteral("showProcessedAction"));
        processed->setChecked(true);
        (void)QTest::qWaitFor([&] { return window().frameView()->caption().contains(QStringLiteral("processed")); }, 20000);
        QVERIFY2(window().frameView()->caption().contains(QStringLiteral("processed")),
                 qPrintable(window().frameView()->caption() + " | " + window().frameView()->placeholderText().replace(QLatin1Char(0x0a), QLatin1Char(0x20)) + " | " + window().problemText()));
        QVERIFY(!window().frameView()->picture().isNull());
        int beacon = -1;
        for (int k = 0; k < window().session()->entryCount(); ++k)
            if (window().session()->entry(k).info.downlink == hb::Downlink::Beacon)
                beacon = k;
        QVERIFY(beacon >= 0);
        QVERIFY(window().catalog()->chooseEntry(beacon));
        const QString name = QFileInfo(QString::fromStdString(window().session()->entry(beacon).info.path)).fileName();
        QTRY_VERIFY_WITH_TIMEOUT(window().frameView()->placeholderText().startsWith(name + QLatin1Char('\n')), 20000);
        QVERIFY2(window().frameView()->placeholderText().contains(QStringLiteral("beacon")), qPrintable(window().frameView()->placeholderText()));
        QVERIFY(window().frameView()->picture().isNull());
        QCOMPARE(window().shownEntry(), beacon);  // still the one named, so it can be flagged
        QVERIFY(window().frameView()->caption().contains(QString::fromStdString(window().session()->entry(beacon).info.time->toIso(0)).replace(QLatin1Char('T'), QLatin1Char(' '))));
        processed->setChecked(false);
    }
};

QTEST_MAIN(TestFrameView)
#include "tst_frame_view.moc"
