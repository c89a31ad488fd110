// The window and the CLI agree on what a sequence is: every GUI path (movie, background, playback)
// gets the frames the CLI groups together, polariser angles apart.
#include "catalog_model.h"
#include "catalog_panel.h"
#include "main_window.h"
#include "sequence_inputs.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

namespace {

std::vector<std::string> pathsOf(const std::vector<hb::CatalogEntry>& entries)
{
    std::vector<std::string> paths;
    for (const hb::CatalogEntry& e : entries)
        paths.push_back(e.info.path);
    return paths;
}

} // namespace

class TestSequenceSelection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { hb::test::useFreshSettings("tst_sequence_selection"); }

    void windowAndCliMakeTheSameSequences()
    {
        QTemporaryDir dir;
        // Three COR1 polarisation triplets (0, 120, 240 degrees) and a LASCO C2 day beside them.
        hb::test::simulateInto(dir.filePath(QStringLiteral("cor1")), "cor1", 9, 64);
        hb::test::simulateInto(dir.filePath(QStringLiteral("c2")), "lasco-c2", 3, 64);

        std::size_t unreadable = 0;
        const std::vector<hb::FrameSequence> cli = hb::cli::collectSequences({dir.path().toStdString()}, std::nullopt, unreadable);
        QCOMPARE(unreadable, std::size_t(0));
        std::map<std::string, std::vector<std::string>> cliSequenceOf;
        std::set<std::string> labels;
        for (const hb::FrameSequence& sequence : cli) {
            labels.insert(sequence.label);
            for (const hb::CatalogEntry& e : sequence.frames)
                cliSequenceOf[e.info.path] = pathsOf(sequence.frames);
        }
        // 0, 120 and 240 degrees are three sequences of three; C2 is one.
        QCOMPARE(cli.size(), std::size_t(4));
        for (const hb::FrameSequence& sequence : cli)
            QCOMPARE(sequence.frames.size(), std::size_t(3));

        hb::app::MainWindow window;
        window.show();
        QSignalSpy finished(&window, &hb::app::MainWindow::scanFinished);
        window.openFolder(dir.path());
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.catalogFileCount(), 12);

        QSignalSpy chosen(window.catalog(), &hb::app::CatalogPanel::frameChosen);
        for (int e = 0; e < window.catalogFileCount(); ++e) {
            const std::string& path = window.catalog()->model().entry(e).info.path;
            const std::vector<std::string>& expected = cliSequenceOf.at(path);
            // What Export Movie, Compute Background and processed playback run over.
            const hb::FrameSequence gui = window.sequenceOf(e, true);
            QCOMPARE(pathsOf(gui.frames), expected);
            QVERIFY2(labels.count(gui.label), gui.label.c_str());
            // What plays when the frame is chosen in the catalog (all simulated frames are of one day).
            chosen.clear();
            QVERIFY(window.catalog()->chooseEntry(e));
            QCOMPARE(chosen.size(), 1);
            std::vector<std::string> played;
            for (const int number : chosen.at(0).at(1).value<std::vector<int>>())
                played.push_back(window.catalog()->model().entry(number).info.path);
            QCOMPARE(played, expected);
        }
    }
};

QTEST_MAIN(TestSequenceSelection)
#include "tst_sequence_selection.moc"
