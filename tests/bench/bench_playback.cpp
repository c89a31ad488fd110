// Playback rate of the workbench from a warm cache, and time to first frame for a new folder.
// Offscreen: bench_playback DIR_OF_1024px_FRAMES [BIG_DIR]
//   1. opens DIR, steps once through the day to warm the frame cache, then plays at the
//      highest rate (60 fps asked) for 5 s and counts the frames shown;
//   2. with BIG_DIR (thousands of files): time from openFolder() to the first frame on screen.
#include "main_window.h"
#include "workspaces/image/sequence_panel.h"

#include "core/allocator_tuning.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

int main(int argc, char** argv)
{
    hb::keepLargeBuffersForReuse();  // as the programs do
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HelioBenchBench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_playback DIR [BIG_DIR]\n");
        return 2;
    }
    hb::app::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QSignalSpy shown(&window, &hb::app::MainWindow::frameShown);
    QSignalSpy scanned(&window, &hb::app::MainWindow::scanFinished);
    window.openFolder(QString::fromLocal8Bit(argv[1]));
    if (!scanned.wait(60000) || (shown.isEmpty() && !shown.wait(60000)))
        return 1;
    auto* panel = window.findChild<hb::app::SequencePanel*>();
    hb::app::PlaybackController& playback = panel->playback();
    const int frames = playback.count();
    for (int i = 1; i < frames; ++i) {  // warm the cache
        playback.setPosition(i);
        shown.wait(10000);
    }
    playback.setPosition(0);
    shown.wait(10000);
    playback.setFramesPerSecond(60);
    shown.clear();
    QElapsedTimer clock;
    clock.start();
    playback.play();
    while (clock.elapsed() < 5000)
        QTest::qWait(20);
    playback.pause();
    const double seconds = clock.elapsed() / 1000.0;
    std::printf("{\"frames_in_sequence\": %d, \"width\": %d, \"shown\": %lld, \"seconds\": %.2f, \"fps\": %.1f}\n", frames,
                window.currentFrame()->image.width(), static_cast<long long>(shown.count()), seconds, shown.count() / seconds);
    if (argc > 2) {
        hb::app::MainWindow second;
        second.show();
        QSignalSpy first(&second, &hb::app::MainWindow::frameShown);
        QSignalSpy done(&second, &hb::app::MainWindow::scanFinished);
        QElapsedTimer open;
        open.start();
        second.openFolder(QString::fromLocal8Bit(argv[2]));
        first.wait(60000);
        const qint64 firstFrameMs = open.elapsed();
        const int filesAtFirstFrame = second.catalogFileCount();  // fewer than all: the scan goes on
        if (done.isEmpty())
            done.wait(120000);
        std::printf("{\"folder\": \"%s\", \"first_frame_ms\": %lld, \"files_in_catalog_at_first_frame\": %d, "
                    "\"files\": %d, \"scan_complete_ms\": %lld}\n",
                    argv[2], static_cast<long long>(firstFrameMs), filesAtFirstFrame, second.catalogFileCount(),
                    static_cast<long long>(open.elapsed()));
    }
    return 0;
}
