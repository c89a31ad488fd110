// Sequence steps and backgrounds on sequences with known truth: a static F-corona, Gaussian
// noise, a bright front moving outward one ring per frame, a lost block now and then.
#include "io/file_reader.h"
#include "io/fits/fits_writer.h"
#include "run/batch_runner.h"
#include "kernel/pipeline.h"
#include "steps/sequence/background_model.h"
#include "steps/sequence/pixel_statistic.h"
#include "run/sequence_engine.h"
#include "run/step_chain.h"
#include "kernel/step_registry.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace hb;
using namespace hb::steps;

namespace {

constexpr int kSize = 128;
constexpr double kCentre = 63.5;  // 0-based pixel of the Sun centre
constexpr double kNoise = 5.0;    // DN/s, per frame
constexpr double kFront = 60.0;   // DN/s added on the front's ring
constexpr int kFrames = 24;
constexpr float kNan = std::numeric_limits<float>::quiet_NaN();

double radius(int x, int y)
{
    return std::hypot(x - kCentre, y - kCentre);
}

double fCorona(int x, int y)
{
    return 4000.0 * std::pow(std::max(radius(x, y), 8.0) / 10.0, -1.5);
}

// The front's ring in frame k: radius 12 + 2k .. 14 + 2k pixels.
bool onFront(int x, int y, int k)
{
    const double r = radius(x, y);
    return r >= 12 + 2 * k && r < 14 + 2 * k;
}

bool insideOcculter(int x, int y)
{
    return radius(x, y) < 8;
}

Frame makeFrame(int k, std::mt19937& rng)
{
    std::normal_distribution<double> noise(0.0, kNoise);
    Frame frame;
    frame.image = Image(kSize, kSize);
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x) {
            frame.image.at(x, y) = static_cast<float>(fCorona(x, y) + (onFront(x, y, k) ? kFront : 0.0) + noise(rng));
            if (insideOcculter(x, y))
                frame.image.addMask(x, y, static_cast<MaskBits>(MaskBit::OutsideFov));
        }
    if (k % 5 == 3)  // a lost 16 x 16 block: NaN and MISSING, never a sample
        for (int y = 96; y < 112; ++y)
            for (int x = 16; x < 32; ++x) {
                frame.image.at(x, y) = kNan;
                frame.image.addMask(x, y, static_cast<MaskBits>(MaskBit::Missing));
            }
    Header& h = frame.header;
    h.set(HeaderCard::string("TELESCOP", "SOHO"));
    h.set(HeaderCard::string("INSTRUME", "LASCO"));
    h.set(HeaderCard::string("DETECTOR", "C2"));
    h.set(HeaderCard::string("BUNIT", "DN/s"));
    h.set(HeaderCard::string("DATE-OBS", UtcTime{UtcTime::fromCivil(2010, 6, 1, 0).nanoseconds + k * 1'800'000'000'000LL}.toIso(3)));
    h.set(HeaderCard::string("CTYPE1", "HPLN-TAN"));
    h.set(HeaderCard::string("CTYPE2", "HPLT-TAN"));
    h.set(HeaderCard::string("CUNIT1", "arcsec"));
    h.set(HeaderCard::string("CUNIT2", "arcsec"));
    h.set(HeaderCard::number("CDELT1", 96.0));
    h.set(HeaderCard::number("CDELT2", 96.0));
    h.set(HeaderCard::number("CRPIX1", kCentre + 1));
    h.set(HeaderCard::number("CRPIX2", kCentre + 1));
    h.set(HeaderCard::number("CRVAL1", 0.0));
    h.set(HeaderCard::number("CRVAL2", 0.0));
    h.set(HeaderCard::number("RSUN", 960.0));
    frame.info.width = frame.info.height = kSize;
    frame.info.instrument = "LASCO";
    frame.info.detector = "C2";
    frame.info.time = h.observationTime();
    frame.info.path = "frame" + std::to_string(k) + ".fits";
    return frame;
}

struct Moments {
    double mean = 0, rms = 0;
    std::size_t n = 0;
};

template <class Select>
Moments moments(const Image& image, Select select)
{
    Moments m;
    double sum = 0, squares = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (select(x, y) && std::isfinite(image.at(x, y))) {
                sum += image.at(x, y);
                squares += static_cast<double>(image.at(x, y)) * image.at(x, y);
                ++m.n;
            }
    m.mean = sum / static_cast<double>(m.n);
    m.rms = std::sqrt(std::max(0.0, squares / static_cast<double>(m.n) - m.mean * m.mean));
    return m;
}

Pipeline pipelineOf(const std::string& id, ParamValues values = {})
{
    const FrameStep& step = builtinSteps().frameStep(id, "test");
    return Pipeline{.name = "test", .steps = {PipelineStep{id, step.normalise(values), true}}};
}

} // namespace

class TestSequenceSteps : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<Frame> m_frames;
    std::vector<std::string> m_paths;

private slots:
    void initTestCase()
    {
        std::mt19937 rng(11);
        for (int k = 0; k < kFrames; ++k) {
            m_frames.push_back(makeFrame(k, rng));
            const std::string path = m_dir.filePath(QStringLiteral("frame%1.fits").arg(k, 2, 10, QLatin1Char('0'))).toStdString();
            io::writeFitsFrame(m_frames.back(), path);
            m_paths.push_back(path);
        }
    }

    void statisticsFollowNumpysDefinitions()
    {
        const float a[] = {4, 1, 3, 2, kNan};
        std::vector<const float*> layers;
        for (const float& v : a)
            layers.push_back(&v);
        const auto of = [&](PixelStatistic s) {
            float out = 0;
            combinePixels(layers, 1, s, &out);
            return out;
        };
        using K = PixelStatistic::Kind;
        QCOMPARE(of({K::Median}), 2.5f);
        QCOMPARE(of({K::Minimum}), 1.0f);
        QCOMPARE(of({K::Mean}), 2.5f);
        QVERIFY(std::abs(of({K::Percentile, 10}) - 1.3f) < 1e-6f);  // numpy.nanpercentile([4,1,3,2], 10)
        QVERIFY(std::abs(of({K::Percentile, 90}) - 3.7f) < 1e-6f);
        QCOMPARE(of({K::LowQuartileMean}), 1.0f);  // samples at or below 1.75
        QVERIFY(std::isnan(of({K::Median, 50, 5})));  // 4 defined samples, 5 required
        // A masked sample is no sample.
        const MaskBits bits[] = {0, static_cast<MaskBits>(MaskBit::Missing), 0, 0, 0};
        std::vector<const MaskBits*> masks;
        for (const MaskBits& b : bits)
            masks.push_back(&b);
        float out = 0;
        combinePixels(layers, 1, {K::Minimum}, &out, masks, static_cast<MaskBits>(MaskBit::Missing));
        QCOMPARE(out, 2.0f);
    }

    void percentilesMatchASortedReference()
    {
        // Low and high ranks take a shortcut (the few smallest or largest samples kept); every
        // rank must still equal numpy's linear interpolation between sorted samples.
        std::mt19937 rng(5);
        std::normal_distribution<float> value(100.0f, 30.0f);
        for (std::size_t n : {std::size_t{25}, std::size_t{40}, std::size_t{100}, std::size_t{151}}) {
            std::vector<float> samples(n);
            for (float& v : samples)
                v = std::round(value(rng));  // ties, as in DN
            std::vector<const float*> layers;
            for (const float& v : samples)
                layers.push_back(&v);
            std::vector<float> sorted = samples;
            std::sort(sorted.begin(), sorted.end());
            for (double q : {0.0, 1.0, 5.0, 10.0, 10.5, 20.0, 50.0, 80.0, 90.0, 97.0, 99.5, 100.0}) {
                const double h = (static_cast<double>(n) - 1) * q / 100.0;
                const auto lo = static_cast<std::size_t>(std::floor(h));
                const double expected = lo + 1 < n ? sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
                float out = 0;
                combinePixels(layers, 1, {PixelStatistic::Kind::Percentile, q, 1}, &out);
                QVERIFY2(std::abs(out - expected) < 1e-3, qPrintable(QStringLiteral("n %1, q %2: %3 against %4").arg(n).arg(q).arg(out).arg(expected)));
            }
        }
    }

    void backgroundRecoversTheFCoronaWithinNoise()
    {
        const auto at = [&](std::size_t i) { return std::make_shared<const Frame>(m_frames[i]); };
        BackgroundOptions options;
        options.statistic = {PixelStatistic::Kind::Median, 50, 3};
        BackgroundReport report;
        const Frame background = computeBackground(m_frames.size(), at, options, report);
        QCOMPARE(report.framesUsed, std::size_t(kFrames));
        QCOMPARE(report.bands, std::size_t(1));
        Image residual(kSize, kSize);
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x)
                residual.at(x, y) = background.image.at(x, y) - static_cast<float>(fCorona(x, y));
        const Moments m = moments(residual, [](int x, int y) { return !insideOcculter(x, y); });
        // The median of 24 noisy samples scatters by about 1.25 sigma / sqrt(24) = 0.26 sigma; the
        // front, in one frame of 24 per pixel, shifts it by a few hundredths of sigma.
        QVERIFY2(std::abs(m.mean) < 0.1 * kNoise, qPrintable(QString::number(m.mean)));
        QVERIFY2(m.rms < 0.35 * kNoise, qPrintable(QString::number(m.rms)));
        // The lost block took 5 frames out of that pixel's samples, not the pixel.
        QVERIFY(std::isfinite(background.image.at(20, 100)));
        // The occulter, outside the field in every frame, stays outside.
        QVERIFY(std::isnan(background.image.at(64, 64)));
        QVERIFY(background.image.maskAt(64, 64) & static_cast<MaskBits>(MaskBit::OutsideFov));
        QCOMPARE(background.header.integer("NIMAGES").value_or(0), kFrames);
        QCOMPARE(background.header.text("DATE-BEG").value_or(""), std::string("2010-06-01T00:00:00.000"));
        QVERIFY(isBackgroundProduct(background.header));

        // Through a scratch file, band by band: the same numbers.
        options.memoryBudgetBytes = 24 * kSize * sizeof(float) * 10;  // ten rows of every frame
        BackgroundReport streamed;
        const Frame banded = computeBackground(m_frames.size(), at, options, streamed);
        QVERIFY(streamed.bands > 10);
        QVERIFY(std::equal(banded.image.pixels().begin(), banded.image.pixels().end(), background.image.pixels().begin(),
                           [](float a, float b) { return a == b || (std::isnan(a) && std::isnan(b)); }));
    }

    void backgroundLeavesOutFramesOfAnotherSize()
    {
        std::vector<Frame> frames(m_frames.begin(), m_frames.begin() + 4);
        frames[2].image = Image(64, 64, 1.0f);
        frames[2].info.path = "small.fits";
        BackgroundReport report;
        computeBackground(frames.size(), [&](std::size_t i) { return std::make_shared<const Frame>(frames[i]); }, {}, report);
        QCOMPARE(report.framesUsed, std::size_t(3));
        QCOMPARE(report.leftOut.size(), std::size_t(1));
        QCOMPARE(report.leftOut.front().first, std::string("small.fits"));
    }

    void runningDifferenceIsolatesTheFront()
    {
        SequenceEngine engine(m_paths, builtinSteps());
        const Pipeline pipeline = pipelineOf("sequence.running_difference");
        QVERIFY_THROWS_EXCEPTION(FrameRejected, engine.result(pipeline, 0));
        for (const int k : {6, 15}) {
            const auto d = engine.result(pipeline, static_cast<std::size_t>(k));
            const Moments front = moments(d->image, [&](int x, int y) { return onFront(x, y, k) && !onFront(x, y, k - 1); });
            const Moments before = moments(d->image, [&](int x, int y) { return onFront(x, y, k - 1) && !onFront(x, y, k); });
            const Moments quiet = moments(d->image, [&](int x, int y) {
                return !insideOcculter(x, y) && !onFront(x, y, k) && !onFront(x, y, k - 1);
            });
            const double sigma = std::sqrt(2.0) * kNoise;
            QVERIFY2(std::abs(front.mean - kFront) < 4 * sigma / std::sqrt(front.n), qPrintable(QString::number(front.mean)));
            QVERIFY(std::abs(before.mean + kFront) < 4 * sigma / std::sqrt(before.n));
            QVERIFY2(std::abs(quiet.mean) < 0.05 * sigma, qPrintable(QString::number(quiet.mean)));
            QVERIFY2(std::abs(quiet.rms / sigma - 1) < 0.05, qPrintable(QString::number(quiet.rms)));
        }
        // Across a gap larger than allowed, no difference is made.
        const Pipeline strict = pipelineOf("sequence.running_difference", {{"max_gap_hours", 0.25}});
        QVERIFY_THROWS_EXCEPTION(FrameRejected, engine.result(strict, 5));
    }

    void sequenceStepsRefuseALoneFrame()
    {
        try {
            runPipeline(pipelineOf("sequence.running_difference"), m_frames[3], builtinSteps());
            QFAIL("a running difference of one frame was made");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("needs the other frames of its sequence") != std::string::npos, e.what());
        }
    }

    void temporalSmoothingLowersNoiseBySqrtN()
    {
        SequenceEngine engine(m_paths, builtinSteps());
        const auto smooth = engine.result(pipelineOf("sequence.temporal_smoothing", {{"half_width", 2LL}}), 10);
        Image residual = smooth->image;
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x)
                residual.at(x, y) -= static_cast<float>(fCorona(x, y));
        const Moments m = moments(residual, [](int x, int y) { return radius(x, y) > 40; });  // beyond the front's reach
        QVERIFY2(std::abs(m.rms / (kNoise / std::sqrt(5.0)) - 1) < 0.06, qPrintable(QString::number(m.rms)));
        QVERIFY(smooth->image.maskAt(64, 64) & static_cast<MaskBits>(MaskBit::OutsideFov));
    }

    void baseDifferenceShowsTheChangeSinceTheBase()
    {
        SequenceEngine engine(m_paths, builtinSteps());
        const auto d = engine.result(pipelineOf("sequence.base_difference", {{"base_count", 5LL}}), 20);
        const Moments front = moments(d->image, [&](int x, int y) {
            for (int b = 0; b < 5; ++b)
                if (onFront(x, y, b))
                    return false;
            return onFront(x, y, 20);
        });
        QVERIFY2(std::abs(front.mean - kFront) < 4 * 1.2 * kNoise / std::sqrt(front.n), qPrintable(QString::number(front.mean)));
        const Moments quiet = moments(d->image, [](int x, int y) { return radius(x, y) > 60; });
        QVERIFY(std::abs(quiet.mean) < 0.1 * kNoise);
        QVERIFY(quiet.rms < 1.3 * kNoise);  // the frame's noise and a little of the median's
    }

    void nrgfGivesEveryRingZeroMeanUnitSpread()
    {
        const Frame out = runPipeline(pipelineOf("sequence.nrgf", {{"inner_radius", 1.5}, {"outer_radius", 9.0}, {"bins", 15LL}}),
                                      m_frames[0], builtinSteps());
        const double rsunPixels = 960.0 / 96.0;
        for (int ring = 0; ring < 15; ring += 7) {
            const double r0 = (1.5 + ring * 0.5) * rsunPixels, r1 = r0 + 0.5 * rsunPixels;
            const Moments m = moments(out.image, [&](int x, int y) { return radius(x, y) >= r0 + 0.01 && radius(x, y) < r1 - 0.01; });
            QVERIFY2(std::abs(m.mean) < 0.15 && std::abs(m.rms - 1) < 0.15, qPrintable(QStringLiteral("%1 %2").arg(m.mean).arg(m.rms)));
        }
        QVERIFY(std::isnan(out.image.at(64, 64)));  // inside the inner radius
        QVERIFY(!out.header.contains("BUNIT"));
    }

    void backgroundStepDividesByTheChosenProduct()
    {
        BackgroundReport report;
        BackgroundOptions median;
        median.statistic = {PixelStatistic::Kind::Median};
        const Frame background = computeBackground(
            m_frames.size(), [&](std::size_t i) { return std::make_shared<const Frame>(m_frames[i]); }, median, report);
        const QString folder = m_dir.filePath(QStringLiteral("backgrounds"));
        QDir().mkpath(folder);
        io::writeFitsFrame(background, (folder + QStringLiteral("/background.fits")).toStdString());
        // A plain frame beside it is not taken for a background.
        io::writeFitsFrame(m_frames[0], (folder + QStringLiteral("/aaa-not-a-background.fits")).toStdString());

        const Frame ratio = runPipeline(pipelineOf("sequence.background", {{"file", folder.toStdString()}}), m_frames[7],
                                        builtinSteps());
        const Moments quiet = moments(ratio.image, [](int x, int y) { return radius(x, y) > 40; });
        QVERIFY2(std::abs(quiet.mean - 1) < 0.01, qPrintable(QString::number(quiet.mean)));
        QVERIFY(!ratio.header.contains("BUNIT"));
        try {
            runPipeline(pipelineOf("sequence.background", {{"file", m_paths[1]}}), m_frames[7], builtinSteps());
            QFAIL("an ordinary frame was used as a background");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("not a background") != std::string::npos);
        }
    }

    void previewChainGetsTheSequenceFromTheEngine()
    {
        auto engine = std::make_shared<SequenceEngine>(m_paths, builtinSteps());
        const Pipeline pipeline = pipelineOf("sequence.running_difference");
        StepChain chain(builtinSteps());
        chain.setInput(std::make_shared<const Frame>(io::readFrame(m_paths[9])));
        chain.update(pipeline);
        QVERIFY(!chain.result());  // alone: refused, saying why
        QVERIFY(chain.stages().front().problem.find("sequence") != std::string::npos);
        chain.setSequence({engine, 9});
        chain.update(pipeline);
        QVERIFY(chain.result());
        const auto expected = engine->result(pipeline, 9);
        QVERIFY(std::equal(chain.result()->image.pixels().begin(), chain.result()->image.pixels().end(),
                           expected->image.pixels().begin(),
                           [](float a, float b) { return a == b || (std::isnan(a) && std::isnan(b)); }));
    }

    void batchRunsSequenceStepsPerSequenceWithoutTheFlagged()
    {
        QTemporaryDir out;
        BatchOptions options;
        options.outDir = out.path().toStdString();
        options.layout = OutputLayout::Flat;
        options.skip = [&](const std::string& path) { return path == m_paths[4]; };
        const std::vector<std::string> inputs(m_paths.begin(), m_paths.begin() + 8);
        const BatchSummary summary = runBatch(pipelineOf("sequence.running_difference"), inputs, options, builtinSteps());
        using S = BatchItem::Status;
        QCOMPARE(summary.items[0].status, S::Rejected);  // no frame before it
        QCOMPARE(summary.items[4].status, S::Skipped);
        QCOMPARE(summary.count(S::Written), std::size_t(6));
        // Frame 5 is differenced with frame 3: the flagged frame 4 is not in the sequence.
        const Frame five = io::readFrame(summary.items[5].output);
        const Frame a = io::readFrame(m_paths[5]), b = io::readFrame(m_paths[3]);
        for (const auto& [x, y] : {std::pair{40, 40}, std::pair{100, 20}, std::pair{64, 90}})
            QCOMPARE(five.image.at(x, y), a.image.at(x, y) - b.image.at(x, y));
    }
};

QTEST_GUILESS_MAIN(TestSequenceSteps)
#include "tst_sequence_steps.moc"
