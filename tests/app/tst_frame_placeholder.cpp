// The image view never shows a frame that is not the one named: a file that cannot be read, a
// file whose data are cut short each get a placeholder with
// the file's name and the reason, never the previous frame's pixels.
#include "catalog_model.h"
#include "catalog_panel.h"
#include "image_view.h"
#include "main_window.h"
#include "session.h"
#include "workspaces/processing/pipeline_document.h"
#include "workspaces/processing/pipeline_panel.h"
#include "workspaces/review/review_session.h"
#include "test_support.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>

class TestFramePlaceholder : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<std::string> m_good;
    std::unique_ptr<hb::app::MainWindow> m_window;

    hb::app::MainWindow& window() { return *m_window; }

    int entryNamed(const QString& name)
    {
        const auto& entries = window().session()->entries();
        for (std::size_t k = 0; k < entries.size(); ++k)
            if (QFileInfo(QString::fromStdString(entries[k].info.path)).fileName() == name)
                return static_cast<int>(k);
        return -1;
    }

    void showGood(int which)
    {
        const int entry = entryNamed(QFileInfo(QString::fromStdString(m_good[static_cast<std::size_t>(which)])).fileName());
        QVERIFY(window().catalog()->chooseEntry(entry));
        QTRY_VERIFY_WITH_TIMEOUT(window().currentFrame() && window().currentFrame()->info.path == m_good[static_cast<std::size_t>(which)], 20000);
        QVERIFY(!window().frameView()->picture().isNull());
        QVERIFY(window().frameView()->placeholderText().isEmpty());
    }

private slots:
    void initTestCase()
    {
        hb::test::useFreshSettings("tst_frame_placeholder");
        m_good = hb::test::simulateInto(m_dir.path(), "lasco-c2", 3, 64);
        // Downloads that stopped: the header whole, the data cut 1,000 bytes in (not one record of
        // pixels) and cut in half. The scan lists both as frames, damaged.
        QFile source(QString::fromStdString(m_good[1]));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const qsizetype dataStart = bytes.indexOf("END     ") / 2880 * 2880 + 2880;
        QVERIFY(bytes.size() > dataStart + 2 * 2880);
        QFile cut(m_dir.filePath(QStringLiteral("cut_short.fts")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(dataStart + 1000));
        cut.close();
        QFile half(m_dir.filePath(QStringLiteral("half.fts")));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(bytes.left(dataStart + (bytes.size() - dataStart) / 2));
        half.close();
        QByteArray noise(4000, Qt::Uninitialized);
        for (char& c : noise)
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        QFile random(m_dir.filePath(QStringLiteral("random.fits")));
        QVERIFY(random.open(QIODevice::WriteOnly));
        random.write(noise);
        random.close();
        // A magnetometer day among the frames (when the real data are here).
        if (!hb::test::sharedDataDir().empty())
            QVERIFY(QFile::copy(QString::fromStdString(hb::test::sharedData("cdf/psp_fld_l2_mag_rtn_1min_20200104_v02.cdf")),
                                m_dir.filePath(QStringLiteral("psp_mag.cdf"))));

        m_window = std::make_unique<hb::app::MainWindow>();
        m_window->show();
        QSignalSpy finished(m_window.get(), &hb::app::MainWindow::scanFinished);
        m_window->openFolder(m_dir.path());
        QVERIFY(finished.wait(20000));
        QCOMPARE(window().catalogFileCount(), hb::test::sharedDataDir().empty() ? 6 : 7);
    }

    void aTimeSeriesFileIsListedAndSaysItIsNoImage()
    {
        HB_REQUIRE_SHARED_DATA();
        showGood(0);
        const int series = entryNamed(QStringLiteral("psp_mag.cdf"));
        QVERIFY(series >= 0);
        const hb::CatalogEntry& entry = window().session()->entry(series);
        QVERIFY(entry.ok && entry.info.series && !entry.hasPixels);
        QCOMPARE(entry.info.mission, std::optional<std::string>("PSP"));
        QVERIFY(window().catalog()->chooseEntry(series));
        QTRY_VERIFY(window().frameView()->placeholderText().startsWith(QStringLiteral("psp_mag.cdf\n")));
        QVERIFY2(window().frameView()->placeholderText().contains(QStringLiteral("time series")), qPrintable(window().frameView()->placeholderText()));
        QVERIFY(window().frameView()->picture().isNull());
    }

    void aFileCutShortShowsWhyNotTheOldPixels()
    {
        showGood(0);
        const int cut = entryNamed(QStringLiteral("cut_short.fts"));
        QVERIFY(cut >= 0 && window().session()->entry(cut).ok);
        QVERIFY(window().catalog()->chooseEntry(cut));
        QTRY_VERIFY_WITH_TIMEOUT(window().frameView()->placeholderText().startsWith(QStringLiteral("cut_short.fts\n")), 20000);
        QVERIFY2(window().frameView()->placeholderText().contains(QStringLiteral("cut short")), qPrintable(window().frameView()->placeholderText()));
        QVERIFY(window().frameView()->picture().isNull());
        QVERIFY(!window().currentFrame());
        // It is still the frame named, so it can be flagged from the keyboard.
        QCOMPARE(window().shownEntry(), cut);
        QTest::keyClick(&window(), Qt::Key_1);
        QVERIFY(window().review()->mark(window().session()->entry(cut).info.path).flagged.has_value());
        showGood(2);
    }

    void aFileCutInHalfShowsWhatItHoldsAndSaysSo()
    {
        const int half = entryNamed(QStringLiteral("half.fts"));
        QVERIFY(half >= 0);
        QVERIFY(window().session()->entry(half).ok);
        QVERIFY(!window().session()->entry(half).damage.empty());
        const QModelIndex leaf = window().catalog()->model().indexOfEntry(half);
        QVERIFY(leaf.data().toString().contains(QStringLiteral("damaged")));
        QVERIFY(leaf.data(Qt::ToolTipRole).toString().contains(QStringLiteral("cut short")));
        QVERIFY(window().catalog()->chooseEntry(half));
        QTRY_VERIFY_WITH_TIMEOUT(window().currentFrame() && window().currentFrame()->info.path == window().session()->entry(half).info.path, 20000);
        QVERIFY(!window().frameView()->picture().isNull());
        QVERIFY(window().currentFrame()->image.countMasked(bits(hb::MaskBit::Missing)) > 0);
        const QList<QLabel*> labels = window().statusBar()->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel* l) { return l->text().contains(QStringLiteral("damaged")); }));
    }

    void anUnreadableFileShowsWhy()
    {
        showGood(0);
        const int random = entryNamed(QStringLiteral("random.fits"));
        QVERIFY(random >= 0 && !window().session()->entry(random).ok);
        QVERIFY(window().catalog()->chooseEntry(random));
        QTRY_VERIFY(window().frameView()->placeholderText().startsWith(QStringLiteral("random.fits\n")));
        QVERIFY(window().frameView()->picture().isNull());
        QCOMPARE(window().shownEntry(), -1);
        // The problem has its own place in the status bar, which the next frame does not take.
        QVERIFY2(window().problemText().contains(QStringLiteral("random.fits")), qPrintable(window().problemText()));
        showGood(1);
        QVERIFY2(window().problemText().contains(QStringLiteral("random.fits")), qPrintable(window().problemText()));
        auto* place = window().findChild<QToolButton*>(QStringLiteral("statusProblem"));
        QVERIFY(place && place->isVisible());
        QTest::mouseClick(place, Qt::LeftButton);  // dismissed by a click
        QVERIFY(window().problemText().isEmpty());
    }
};

QTEST_MAIN(TestFramePlaceholder)
#include "tst_frame_placeholder.moc"
