// Movies from simulated sequences: every format passes ffprobe with the right codec, frame
// count and rate; flagged frames are absent (by count, by time and by content); the GIF
// encoder's frames decode back to what was given; outputs appear whole or not at all.
#include "instruments/instrument_family.h"
#include "catalog/folder_scanner.h"
#include "export/gif_encoder.h"
#include "export/movie_export.h"
#include "io/file_reader.h"
#include "render/colormap.h"
#include "review/flag_lists.h"
#include "review/flag_store.h"
#include "steps/sequence/background_plan.h"
#include "kernel/step_registry.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <filesystem>
#include <fstream>

using namespace hb;
using namespace hb::exporting;

namespace {

constexpr int kFrames = 12;

struct Probe {
    QString codec;
    int frames = -1;
    QString rate;
    int width = 0, height = 0;
};

// ffprobe's view of the first video stream, frames counted by decoding.
Probe probe(const QString& path)
{
    QByteArray out;
    const int rc = test::runProgram(QStringLiteral("ffprobe"),
                                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                                     QStringLiteral("-count_frames"), QStringLiteral("-show_entries"),
                                     QStringLiteral("stream=codec_name,nb_read_frames,r_frame_rate,width,height"),
                                     QStringLiteral("-of"), QStringLiteral("default=noprint_wrappers=1"), path},
                                    &out);
    Probe p;
    if (rc != 0)
        return p;
    for (const QByteArray& line : out.split('\n')) {
        const auto kv = QString::fromUtf8(line).trimmed().split(QLatin1Char('='));
        if (kv.size() != 2)
            continue;
        if (kv[0] == QLatin1String("codec_name"))
            p.codec = kv[1];
        else if (kv[0] == QLatin1String("nb_read_frames"))
            p.frames = kv[1].toInt();
        else if (kv[0] == QLatin1String("r_frame_rate"))
            p.rate = kv[1];
        else if (kv[0] == QLatin1String("width"))
            p.width = kv[1].toInt();
        else if (kv[0] == QLatin1String("height"))
            p.height = kv[1].toInt();
    }
    return p;
}

FrameSequence sequenceOf(const std::vector<std::string>& files)
{
    auto sequences = groupSequences(scanFiles(files));
    return sequences.empty() ? FrameSequence{} : sequences.front();
}

steps::Pipeline asRead()
{
    return steps::Pipeline{.name = "as read"};
}

std::vector<std::vector<std::string>> readCsv(const std::string& path)
{
    std::vector<std::vector<std::string>> rows;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> row;
        std::string field;
        for (char c : line) {
            if (c == ',') {
                row.push_back(field);
                field.clear();
            } else {
                field += c;
            }
        }
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

} // namespace

class TestMovieExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<std::string> m_files;
    FrameSequence m_sequence;

    std::string out(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)).toStdString(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(test::runProgram(QStringLiteral("ffprobe"), {QStringLiteral("-version")}) == 0,
                 "ffprobe is not installed (Debian package ffmpeg); .ci/install-deps installs it");
        m_files = test::simulateInto(m_dir.filePath(QStringLiteral("c2")), "lasco-c2", kFrames, 256);
        m_sequence = sequenceOf(m_files);
        QCOMPARE(m_sequence.frames.size(), std::size_t(kFrames));
    }

    void everyFormatPassesFfprobe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("rate");
        QTest::newRow("mp4") << QStringLiteral("m.mp4") << QStringLiteral("h264") << QStringLiteral("12/1");
        QTest::newRow("avi") << QStringLiteral("m.avi") << QStringLiteral("mjpeg") << QStringLiteral("12/1");
        QTest::newRow("webm") << QStringLiteral("m.webm") << QStringLiteral("vp9") << QStringLiteral("12/1");
        // GIF counts delays in hundredths of a second: 12 fps is 8 cs a frame, 12.5 fps.
        QTest::newRow("gif") << QStringLiteral("m.gif") << QStringLiteral("gif") << QStringLiteral("25/2");
    }

    void everyFormatPassesFfprobe()
    {
        QFETCH(QString, name);
        QFETCH(QString, codec);
        QFETCH(QString, rate);
        MovieOptions options;
        options.output = m_dir.filePath(name).toStdString();
        options.framesPerSecond = 12;
        options.width = 200;
        const MovieReport report = exportMovie(asRead(), m_sequence, steps::builtinSteps(), options);
        QCOMPARE(report.written, std::size_t(kFrames));
        const Probe p = probe(QString::fromStdString(options.output));
        QCOMPARE(p.codec, codec);
        QCOMPARE(p.frames, kFrames);
        QCOMPARE(p.rate, rate);
        QCOMPARE(QString::number(report.framesPerSecond), rate == QLatin1String("25/2") ? QStringLiteral("12.5") : QStringLiteral("12"));
        QCOMPARE(p.width, 200);
        QCOMPARE(p.height, 200);
        // Nothing but the movie is left in the folder: the temporary name was renamed.
        for (const auto& item : std::filesystem::directory_iterator(m_dir.path().toStdString()))
            QVERIFY2(item.path().filename().string().find(".tmp-") == std::string::npos, item.path().c_str());
    }

    void aFlaggedFrameIsAbsentByCountTimeAndContent()
    {
        // The scientist flags frame 5 in the review database; the movie must leave it out.
        const std::string db = out("review.db");
        {
            review::FlagStore store(db, std::filesystem::path(m_files.front()).parent_path().string());
            store.flag({m_files[5], {}, {}}, review::FlagReason::Corrupted, std::string("torn"));
        }
        const review::RejectedFrames rejected = review::RejectedFrames::load(db);
        MovieOptions options;
        options.output = out("flagged_frames");  // a PNG sequence: frames compared exactly
        options.frameListPath = out("flagged.csv");
        options.flagged = [&](const std::string& path) { return rejected.reason(path); };
        options.skipped = {m_sequence.frames[9].info.path};
        const MovieReport report = exportMovie(asRead(), m_sequence, steps::builtinSteps(), options);
        QCOMPARE(report.written, std::size_t(kFrames - 2));
        std::size_t pngs = 0;
        for (const auto& item : std::filesystem::directory_iterator(options.output))
            pngs += item.path().extension() == ".png";
        QCOMPARE(pngs, std::size_t(kFrames - 2));

        // The frame list: the flagged frame with its reason and no movie frame, times in order.
        const auto rows = readCsv(options.frameListPath);
        QCOMPARE(rows.size(), std::size_t(kFrames + 1));
        QCOMPARE(rows[0][0], std::string("file"));
        QCOMPARE(rows[6][2], std::string("flagged"));
        QCOMPARE(rows[6][3], std::string("corrupted: torn"));
        QVERIFY(rows[6][4].empty());
        QCOMPARE(rows[10][2], std::string("skipped"));
        QCOMPARE(rows[7][4], std::string("6"));  // frame 6 of the input is the movie's 6th... minus the flagged one
        QCOMPARE(rows[7][1], m_sequence.frames[6].info.time->toIso(3));

        // By content: movie frame k is exactly the k-th frame not left out, rendered alone.
        render::DisplaySettings settings;
        settings.range = report.range;
        settings.colormap = hb::instruments::displayDefaultsFor("C2").colormap;
        std::size_t movieFrame = 0;
        for (std::size_t i = 0; i < m_sequence.frames.size(); ++i) {
            if (i == 5 || i == 9)
                continue;
            const Frame frame = io::readFrame(m_sequence.frames[i].info.path);
            const cv::Mat expected = renderMovieFrame(frame, settings, report.size, {}, i, kFrames);
            char name[32];
            std::snprintf(name, sizeof name, "frame_%05zu.png", ++movieFrame);
            const cv::Mat written = cv::imread((std::filesystem::path(options.output) / name).string());
            QVERIFY2(!written.empty(), name);
            QCOMPARE(cv::norm(expected, written, cv::NORM_INF), 0.0);
        }
    }

    void aRunningDifferenceMovieLeavesOutTheFirstFrameAndSaysWhy()
    {
        steps::Pipeline pipeline{.name = "difference", .steps = {{"sequence.running_difference", steps::builtinSteps().get("sequence.running_difference", "t").defaults(), true}}};
        MovieOptions options;
        options.output = out("difference.avi");
        options.frameListPath = out("difference.csv");
        options.productsDir = m_dir.filePath(QStringLiteral("products")).toStdString();
        std::filesystem::create_directories(options.productsDir);
        const MovieReport report = exportMovie(pipeline, m_sequence, steps::builtinSteps(), options);
        QCOMPARE(report.written, std::size_t(kFrames - 1));
        QCOMPARE(report.frames.front().status, FrameRecord::Status::Rejected);
        QVERIFY(!report.frames.front().reason.empty());
        QCOMPARE(probe(QString::fromStdString(options.output)).frames, kFrames - 1);
        // The cleaned products: one per movie frame, with the step in HISTORY and the mask.
        const Frame product = io::readFrame(report.frames[3].product);
        QCOMPARE(product.image.width(), 256);
        bool recorded = false;
        for (const std::string& h : product.header.commentary("HISTORY"))
            recorded |= h.find("sequence.running_difference") != std::string::npos;
        QVERIFY(recorded);
        // The display range of a difference movie straddles zero.
        QVERIFY(report.range.low < 0 && report.range.high > 0);
    }

    void anExistingOutputIsRefusedBeforeAnyWork()
    {
        const std::string path = out("exists.mp4");
        std::ofstream(path) << "precious";
        MovieOptions options;
        options.output = path;
        std::size_t progressCalls = 0;
        QVERIFY_THROWS_EXCEPTION(Error, exportMovie(asRead(), m_sequence, steps::builtinSteps(), options,
                                                    {.progress = [&](const steps::Progress&) { ++progressCalls; }}));
        QCOMPARE(progressCalls, std::size_t(0));
        std::ifstream in(path);
        std::string text;
        in >> text;
        QCOMPARE(text, std::string("precious"));
    }

    void cancellingLeavesNothingBehind()
    {
        std::atomic<bool> cancel{false};
        MovieOptions options;
        options.output = out("cancelled.mp4");
        const MovieReport report = exportMovie(asRead(), m_sequence, steps::builtinSteps(), options,
                                               {.cancel = &cancel, .progress = [&](const steps::Progress& p) {
                                                    if (p.done == 3)
                                                        cancel = true;
                                                }});
        QVERIFY(report.cancelled);
        QVERIFY(!std::filesystem::exists(options.output));
        for (const auto& item : std::filesystem::directory_iterator(m_dir.path().toStdString()))
            QVERIFY2(item.path().filename().string().find("cancelled") == std::string::npos, item.path().c_str());
    }

    void gifFramesDecodeToWhatWasGiven()
    {
        // Two frames with smooth colour ramps (more than 256 colours) and sharp text.
        const std::string path = out("ramp.gif");
        std::vector<cv::Mat> frames;
        for (int k = 0; k < 2; ++k) {
            cv::Mat bgr(96, 160, CV_8UC3);
            for (int y = 0; y < bgr.rows; ++y)
                for (int x = 0; x < bgr.cols; ++x)
                    bgr.at<cv::Vec3b>(y, x) = cv::Vec3b(static_cast<uchar>(x * 255 / 159), static_cast<uchar>(y * 255 / 95),
                                                        static_cast<uchar>(k * 200));
            cv::putText(bgr, "HB", {20, 60}, cv::FONT_HERSHEY_SIMPLEX, 1.2, {255, 255, 255}, 2);
            frames.push_back(bgr);
        }
        GifEncoder encoder(path, 160, 96, 5);
        for (const cv::Mat& f : frames)
            encoder.addFrame(f);
        encoder.finish();
        const QString decoded = m_dir.filePath(QStringLiteral("ramp_%1.png"));
        QCOMPARE(test::runProgram(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"),
                                                             QString::fromStdString(path),
                                                             // one PNG per GIF frame, not per 1/25 s
                                                             QStringLiteral("-vsync"), QStringLiteral("passthrough"),
                                                             m_dir.filePath(QStringLiteral("ramp_%d.png"))}),
                 0);
        for (int k = 0; k < 2; ++k) {
            const cv::Mat back = cv::imread(decoded.arg(k + 1).toStdString());
            QVERIFY(!back.empty());
            cv::Mat difference;
            cv::absdiff(back, frames[k], difference);
            double worst = 0;
            cv::minMaxLoc(difference.reshape(1), nullptr, &worst);
            // 15,000 ramp colours in 256 (measured: worst 33, mean 5.7 levels); a wrong index or
            // a broken code stream would be off by up to 255.
            qInfo("frame %d: worst %.0f, mean %.2f", k, worst, cv::mean(difference)[0]);
            QVERIFY2(worst <= 40, QByteArray::number(worst));
            QVERIFY2(cv::mean(difference)[0] < 7, QByteArray::number(cv::mean(difference)[0]));
        }
        QCOMPARE(probe(QString::fromStdString(path)).frames, 2);
    }

    void lzwRestartsItsTableOnLongInputs()
    {
        // Noise never repeats enough to compress: the 4096-code table fills and restarts
        // many times; ffmpeg must still decode every pixel exactly.
        cv::Mat noise(300, 300, CV_8UC3);
        cv::randu(noise, 0, 256);
        cv::Mat palette16;
        noise.convertTo(palette16, CV_8UC3, 1.0 / 64);
        palette16.convertTo(palette16, CV_8UC3, 64);  // 64 colours: quantisation is exact
        const std::string path = out("noise.gif");
        GifEncoder encoder(path, 300, 300, 10);
        encoder.addFrame(palette16);
        encoder.finish();
        const QString decoded = m_dir.filePath(QStringLiteral("noise.png"));
        QCOMPARE(test::runProgram(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"),
                                                             QString::fromStdString(path), decoded}),
                 0);
        QCOMPARE(cv::norm(cv::imread(decoded.toStdString()), palette16, cv::NORM_INF), 0.0);
    }

    void backgroundWindowsFollowTheDays()
    {
        FrameSequence sequence{"LASCO C2 256x256", {}};
        for (int day = 1; day <= 4; ++day)
            for (int hour : {0, 12}) {
                CatalogEntry entry;
                entry.info.time = UtcTime::fromCivil(2010, 6, day, hour);
                sequence.frames.push_back(entry);
            }
        QCOMPARE(steps::planBackgrounds(sequence, steps::parseBackgroundWindow("all")).front().frames.size(), std::size_t(8));
        const auto daily = steps::planBackgrounds(sequence, steps::parseBackgroundWindow("day"));
        QCOMPARE(daily.size(), std::size_t(4));
        QCOMPARE(daily[1].fileName, std::string("background_LASCO_C2_256x256_2010-06-02.fts"));
        QCOMPARE(daily[1].frames, (std::vector<std::size_t>{2, 3}));
        const auto rolling = steps::planBackgrounds(sequence, steps::parseBackgroundWindow("rolling:3"));
        QCOMPARE(rolling.size(), std::size_t(4));
        QCOMPARE(rolling[0].frames, (std::vector<std::size_t>{0, 1, 2, 3}));        // day 1: days 0..2
        QCOMPARE(rolling[1].frames, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5}));  // day 2: days 1..3
        QVERIFY_THROWS_EXCEPTION(Error, steps::parseBackgroundWindow("rolling:0"));
        QVERIFY_THROWS_EXCEPTION(Error, steps::parseBackgroundWindow("week"));
    }
};

QTEST_APPLESS_MAIN(TestMovieExport)
#include "tst_movie_export.moc"
