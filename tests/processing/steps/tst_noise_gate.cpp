// The noise gate and its transform: the FFT against a plain DFT, exact reconstruction where
// nothing is gated, white noise removed while a moving blob keeps its flux (ALGORITHMS-DETAIL C.5).
#include "kernel/pipeline.h"
#include "steps/sequence/noise_gate.h"
#include "steps/sequence/small_fft.h"
#include "run/sequence_engine.h"
#include "kernel/step_registry.h"
#include "io/fits/fits_writer.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>
#include <random>

using namespace hb;
using namespace hb::steps;

namespace {

constexpr int kSize = 72;
constexpr int kFrames = 24;
constexpr double kSigma = 1.0;

std::vector<SmallFft::Complex> plainDft(const std::vector<SmallFft::Complex>& x, double sign)
{
    const auto n = x.size();
    std::vector<SmallFft::Complex> out(n);
    for (std::size_t k = 0; k < n; ++k) {
        std::complex<double> sum = 0;
        for (std::size_t j = 0; j < n; ++j)
            sum += std::complex<double>(x[j]) * std::polar(1.0, sign * 2.0 * std::numbers::pi * double(j * k) / double(n));
        out[k] = SmallFft::Complex(sum);
    }
    return out;
}

double blob(int x, int y, int k)
{
    const double cx = 20.0 + 1.0 * k, cy = 30.0 + 0.5 * k;
    return 40.0 * std::exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2 * 4.0 * 4.0));
}

std::vector<Image> blobSequence(bool withNoise, std::uint32_t seed = 3)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, kSigma);
    std::vector<Image> frames;
    for (int k = 0; k < kFrames; ++k) {
        Image image(kSize, kSize);
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x)
                image.at(x, y) = static_cast<float>(100.0 + blob(x, y, k) + (withNoise ? noise(rng) : 0.0));
        frames.push_back(std::move(image));
    }
    return frames;
}

std::vector<const Image*> pointers(const std::vector<Image>& frames)
{
    std::vector<const Image*> p;
    for (const auto& f : frames)
        p.push_back(&f);
    return p;
}

double rmsAgainstTruth(const Image& image, int k)
{
    double sum = 0;
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x) {
            const double d = image.at(x, y) - (100.0 + blob(x, y, k));
            sum += d * d;
        }
    return std::sqrt(sum / (kSize * kSize));
}

double blobFlux(const Image& image)
{
    double sum = 0;
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x)
            sum += image.at(x, y) - 100.0;
    return sum;
}

} // namespace

class TestNoiseGate : public QObject {
    Q_OBJECT

private slots:
    void fftMatchesPlainDft_data()
    {
        QTest::addColumn<int>("length");
        for (int n : {1, 2, 3, 4, 5, 6, 9, 12, 18, 24, 30})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void fftMatchesPlainDft()
    {
        QFETCH(int, length);
        std::mt19937 rng(length);
        std::uniform_real_distribution<float> u(-1, 1);
        std::vector<SmallFft::Complex> x(static_cast<std::size_t>(length));
        for (auto& v : x)
            v = {u(rng), u(rng)};
        const SmallFft fft(length);
        std::vector<SmallFft::Complex> forward(x.size()), back(x.size());
        fft.forward(x.data(), 1, forward.data(), 1);
        const auto expected = plainDft(x, -1);
        for (std::size_t k = 0; k < x.size(); ++k)
            QVERIFY2(std::abs(forward[k] - expected[k]) < 1e-4f * float(length), qPrintable(QString::number(k)));
        fft.inverse(forward.data(), 1, back.data(), 1);
        for (std::size_t k = 0; k < x.size(); ++k)
            QVERIFY(std::abs(back[k] / float(length) - x[k]) < 1e-5f);
        // Strided in and out, as the cubie axes are read.
        std::vector<SmallFft::Complex> strided(x.size() * 3), stridedOut(x.size() * 2);
        for (std::size_t k = 0; k < x.size(); ++k)
            strided[3 * k] = x[k];
        fft.forward(strided.data(), 3, stridedOut.data(), 2);
        for (std::size_t k = 0; k < x.size(); ++k)
            QVERIFY(std::abs(stridedOut[2 * k] - forward[k]) < 1e-6f);
    }

    void constantSequenceStaysConstant()
    {
        std::vector<Image> frames(kFrames, Image(kSize, kSize, 250.0f));
        const auto p = pointers(frames);
        for (std::size_t target : {std::size_t{0}, std::size_t{7}, std::size_t{kFrames - 1}}) {
            const Image out = noiseGate(p, target, 0, NoiseGateOptions{});
            for (float v : out.pixels())
                QVERIFY2(std::abs(v - 250.0f) < 1e-3f, qPrintable(QString::number(v)));
        }
    }

    void ungatedNoiseIsReconstructedExactly()
    {
        // A threshold far below the noise keeps every component: the overlap-add must give the
        // input back, borders included (the sequence and image are mirrored there).
        const auto frames = blobSequence(true);
        NoiseGateOptions options;
        options.model = NoiseGateOptions::Model::Constant;
        options.factor = 1e-6;
        options.percentile = 1;
        const Image out = noiseGate(pointers(frames), 2, 0, options);
        double worst = 0;
        for (std::size_t i = 0; i < out.pixelCount(); ++i)
            worst = std::max(worst, double(std::abs(out.pixels()[i] - frames[2].pixels()[i])));
        QVERIFY2(worst < 2e-3, qPrintable(QString::number(worst)));
    }

    void whiteNoiseIsRemovedAndTheBlobKept()
    {
        const auto noisy = blobSequence(true);
        const auto clean = blobSequence(false);
        NoiseGateOptions options;
        options.model = NoiseGateOptions::Model::Constant;
        options.factor = 3.0;
        const auto p = pointers(noisy);
        for (int k : {5, 12, 18}) {
            const Image out = noiseGate(p, static_cast<std::size_t>(k), 0, options);
            const double before = rmsAgainstTruth(noisy[static_cast<std::size_t>(k)], k);
            const double after = rmsAgainstTruth(out, k);
            const double flux = blobFlux(out) / blobFlux(clean[static_cast<std::size_t>(k)]);
            qInfo("frame %d: rms %.3f -> %.3f (%.1fx), blob flux kept %.3f", k, before, after, before / after, flux);
            QVERIFY2(before / after >= 5.0, qPrintable(QString::number(before / after)));
            QVERIFY2(std::abs(flux - 1.0) < 0.05, qPrintable(QString::number(flux)));
        }
    }

    void shotAndHybridModelsAlsoReduceNoise()
    {
        const auto noisy = blobSequence(true);
        for (auto model : {NoiseGateOptions::Model::Shot, NoiseGateOptions::Model::Hybrid}) {
            NoiseGateOptions options;
            options.model = model;
            const Image out = noiseGate(pointers(noisy), 12, 0, options);
            const double before = rmsAgainstTruth(noisy[12], 12), after = rmsAgainstTruth(out, 12);
            QVERIFY2(before / after >= 2.0, qPrintable(QString::number(before / after)));
        }
        NoiseGateOptions wiener;
        wiener.model = NoiseGateOptions::Model::Constant;
        wiener.method = NoiseGateOptions::Method::Wiener;
        const Image out = noiseGate(pointers(noisy), 12, 0, wiener);
        QVERIFY(rmsAgainstTruth(noisy[12], 12) / rmsAgainstTruth(out, 12) >= 1.5);
    }

    void unusablePixelsKeepTheirValues()
    {
        auto frames = blobSequence(true);
        const float nan = std::numeric_limits<float>::quiet_NaN();
        for (auto& f : frames)
            for (int y = 10; y < 20; ++y)
                for (int x = 40; x < 60; ++x)
                    f.at(x, y) = nan;
        frames[6].at(5, 5) = 1e6f;
        frames[6].addMask(5, 5, bits(MaskBit::CosmicRay));
        NoiseGateOptions options;
        options.model = NoiseGateOptions::Model::Constant;
        options.factor = 3.0;
        const Image out = noiseGate(pointers(frames), 6, 0, options);
        QVERIFY(std::isnan(out.at(45, 15)));
        QCOMPARE(out.at(5, 5), 1e6f);
        QCOMPARE(out.maskAt(5, 5), bits(MaskBit::CosmicRay));
        // The hole and the hit do not leak: pixels next to them are finite and near the truth.
        QVERIFY(std::abs(out.at(6, 6) - (100.0 + blob(6, 6, 6))) < 3.0);
        QVERIFY(std::abs(out.at(45, 21) - (100.0 + blob(45, 21, 6))) < 3.0);
    }

    void badOptionsAreRefused()
    {
        const auto frames = blobSequence(false);
        NoiseGateOptions options;
        options.cubePixels = 10;
        QVERIFY_THROWS_EXCEPTION(hb::Error, noiseGate(pointers(frames), 0, 0, options));
        QVERIFY_THROWS_EXCEPTION(hb::Error, noiseModelOf("poisson"));
    }

    void stepGatesThroughTheSequenceEngine()
    {
        // The registered step on files: same result as the function on the frames it was given.
        QTemporaryDir dir;
        const auto frames = blobSequence(true);
        std::vector<std::string> paths;
        for (int k = 0; k < kFrames; ++k) {
            Frame frame;
            frame.image = frames[static_cast<std::size_t>(k)];
            frame.header.set(HeaderCard::string("DETECTOR", "C2"));
            frame.header.set(HeaderCard::string("BUNIT", "DN"));
            frame.header.set(HeaderCard::string("DATE-OBS", "2010-01-01T" + std::string(k < 10 ? "0" : "") +
                                                                std::to_string(k) + ":00:00"));
            const auto path = dir.filePath(QString("f%1.fits").arg(k, 2, 10, QChar('0'))).toStdString();
            io::writeFitsFrame(frame, path);
            paths.push_back(path);
        }
        const FrameStep& step = builtinSteps().frameStep("sequence.noise_gate", "test");
        const Pipeline pipeline{.name = "test", .steps = {PipelineStep{"sequence.noise_gate",
                                                          step.normalise({{"model", std::string("constant")}, {"factor", 3.0}}), true}}};
        SequenceEngine engine(paths, builtinSteps());
        const auto out = engine.result(pipeline, 12);
        NoiseGateOptions options;
        options.model = NoiseGateOptions::Model::Constant;
        options.factor = 3.0;
        const Image direct = noiseGate(pointers(frames), 12, 0, options);
        QCOMPARE(out->image.width(), kSize);
        double worst = 0;
        for (std::size_t i = 0; i < direct.pixelCount(); ++i)
            worst = std::max(worst, double(std::abs(out->image.pixels()[i] - direct.pixels()[i])));
        QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));
        QVERIFY(rmsAgainstTruth(out->image, 12) < 0.25);
        bool history = false;
        for (const auto& line : out->header.commentary("HISTORY"))
            history = history || line.find("noise gate") != std::string::npos;
        QVERIFY(history);
    }
};

QTEST_GUILESS_MAIN(TestNoiseGate)
#include "tst_noise_gate.moc"
