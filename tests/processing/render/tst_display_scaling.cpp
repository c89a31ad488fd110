#include "render/colormap.h"
#include "core/error.h"
#include "render/difference.h"
#include "render/display_scaling.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace hb::render;

class TestDisplayScaling : public QObject {
    Q_OBJECT
private slots:
    void percentilesSkipWhatIsNotShown()
    {
        hb::Image image(100, 100);
        for (int i = 0; i < 10000; ++i)
            image.pixels()[static_cast<std::size_t>(i)] = static_cast<float>(i % 100 + 1);  // 1..100
        for (int i = 0; i < 2000; ++i)
            image.pixels()[static_cast<std::size_t>(i)] = 0.0f;  // onboard mask blocks
        image.pixels()[5000] = std::numeric_limits<float>::quiet_NaN();
        image.addMask(1, 60, hb::bits(hb::MaskBit::OutsideFov));
        const DisplayRange r = percentileRange(image, 1.0, 99.0);
        QVERIFY(r.low >= 1.0 && r.low <= 2.0);
        QVERIFY(r.high >= 99.0 && r.high <= 100.0);
        QCOMPARE(percentileRange(image, 0.0, 100.0, false).low, 0.0);
        QCOMPARE(percentileRange(hb::Image(4, 4, 7.0f), 1, 99).high, 8.0);  // constant: [v, v + 1]
    }

    void rendersBottomRowLastAndMapsTheRangeEnds()
    {
        hb::Image image(2, 2);
        image.at(0, 0) = 0.0f;     // FITS first row: drawn at the bottom
        image.at(1, 0) = 10.0f;
        image.at(0, 1) = 5.0f;
        image.at(1, 1) = std::numeric_limits<float>::quiet_NaN();
        DisplaySettings s;
        s.range = {0.0, 10.0};
        std::vector<std::uint32_t> out(4);
        renderToRgb(image, s, out.data(), 2);
        const ColorTable& gray = colormap("gray");
        QCOMPARE(out[2], gray[0]);    // bottom-left = image (0, 0)
        QCOMPARE(out[3], gray[255]);  // bottom-right = image (1, 0)
        QCOMPARE(out[1], gray[0]);    // NaN drawn dark
        QCOMPARE(out[0] & 0xFFu, 128u);  // 5 of 0..10, linear
        s.stretch = Stretch::Sqrt;
        renderToRgb(image, s, out.data(), 2);
        QCOMPARE(out[0] & 0xFFu, 180u);  // sqrt(0.5) * 255
    }

    void histogramEqualisationSpreadsSkewedData()
    {
        hb::Image image(256, 256);
        for (std::size_t i = 0; i < image.pixelCount(); ++i)
            image.pixels()[i] = static_cast<float>(std::pow(static_cast<double>(i) / image.pixelCount(), 6.0));
        DisplaySettings s;
        s.range = {0.0, 1.0};
        s.stretch = Stretch::HistogramEqualization;
        std::vector<std::uint32_t> out(image.pixelCount());
        renderToRgb(image, s, out.data(), 256);
        std::vector<int> histogram(4, 0);
        for (std::uint32_t p : out)
            ++histogram[(p & 0xFFu) / 64];
        for (int count : histogram)  // each quarter of the grey scale holds about a quarter of the pixels
            QVERIFY2(std::abs(count - 16384) < 2500, qPrintable(QString::number(count)));
    }

    void maskOverlayTintsOnlyMaskedPixels()
    {
        hb::Image image(2, 1, 0.0f);
        image.addMask(1, 0, hb::bits(hb::MaskBit::Saturated));
        std::vector<std::uint32_t> out{0xFF000000u, 0xFF000000u};
        overlayMask(image, hb::bits(hb::MaskBit::Saturated), 0xFF0000u, 0.5f, out.data(), 2);
        QCOMPARE(out[0], 0xFF000000u);
        QCOMPARE(out[1], 0xFF800000u);  // half red over black
    }

    void differenceIsCentredAndSymmetric()
    {
        hb::Image a(3, 1, 10.0f), b(3, 1, 10.0f);
        a.at(0, 0) = 20.0f;  // brighter in a
        a.at(1, 0) = 0.0f;   // darker in a
        std::vector<std::uint32_t> out(3);
        const double scale = renderDifference(a, b, out.data(), 3, 100.0);
        QCOMPARE(scale, 10.0);
        QCOMPARE(out[0] & 0xFFu, 255u);
        QCOMPARE(out[1] & 0xFFu, 0u);
        QCOMPARE(out[2] & 0xFFu, 128u);  // unchanged: mid-gray
        QVERIFY_THROWS_EXCEPTION(hb::Error, renderDifference(a, hb::Image(2, 1), out.data(), 3));
    }

    void colormaps()
    {
        QVERIFY(colormapNames().size() >= 8);
        for (auto name : colormapNames()) {
            QVERIFY(isColormap(name));
            const ColorTable& t = colormap(name);
            auto luminance = [](std::uint32_t c) { return 0.3 * ((c >> 16) & 0xFF) + 0.59 * ((c >> 8) & 0xFF) + 0.11 * (c & 0xFF); };
            QVERIFY2(luminance(t[255]) > luminance(t[0]) + 100, name.data());  // dark to bright
        }
        QCOMPARE(colormap("gray")[100], 0xFF646464u);
        QVERIFY(!isColormap("jet"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayScaling)
#include "tst_display_scaling.moc"
