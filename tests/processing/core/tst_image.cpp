#include "core/allocator_tuning.h"
#include "core/image.h"
#include "core/image_statistics.h"

#include <QTest>

#include <cstdlib>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cmath>
#include <limits>

class TestImage : public QObject {
    Q_OBJECT
private slots:
    void largeFrameBuffersStayInTheHeap()
    {
#if defined(__GLIBC__)
        hb::keepLargeBuffersForReuse();
        const std::size_t before = mallinfo2().hblks;
        hb::Image frame(2048, 2048, 1.0f);  // 16 MB of pixels, 4 MB of mask
        QCOMPARE(mallinfo2().hblks, before);  // not one more mmapped block
#else
        QSKIP("the allocator tuning is for glibc");
#endif
    }

    void matViewsShareTheBuffer()
    {
        hb::Image image(4, 3, 1.0f);
        cv::Mat m = image.pixelMat();
        QCOMPARE(m.rows, 3);
        QCOMPARE(m.cols, 4);
        m.at<float>(2, 1) = 7.0f;  // row 2, column 1
        QCOMPARE(image.at(1, 2), 7.0f);
        image.maskMat().at<std::uint16_t>(0, 3) = hb::bits(hb::MaskBit::Saturated);
        QCOMPARE(image.maskAt(3, 0), hb::bits(hb::MaskBit::Saturated));
    }

    void maskCounts()
    {
        hb::Image image(10, 10);
        image.addMask(1, 1, hb::bits(hb::MaskBit::Missing));
        image.addMask(1, 1, hb::bits(hb::MaskBit::CosmicRay));
        image.addMask(2, 2, hb::bits(hb::MaskBit::CosmicRay));
        QCOMPARE(image.countMasked(hb::bits(hb::MaskBit::Missing)), std::size_t{1});
        QCOMPARE(image.countMasked(hb::MaskBit::Missing | hb::MaskBit::CosmicRay), std::size_t{2});
        QCOMPARE(image.maskAt(1, 1), hb::MaskBit::Missing | hb::MaskBit::CosmicRay);
    }

    void statisticsSkipNonFiniteAndMasked()
    {
        hb::Image image(5, 2);
        for (int i = 0; i < 10; ++i)
            image.pixels()[static_cast<std::size_t>(i)] = static_cast<float>(i);
        image.pixels()[9] = std::numeric_limits<float>::quiet_NaN();
        image.addMask(3, 1, hb::bits(hb::MaskBit::Missing));  // index 8, value 8
        const auto s = hb::computeStatistics(image, hb::bits(hb::MaskBit::Missing));
        QCOMPARE(s.count, std::size_t{8});
        QCOMPARE(s.nonFinite, std::size_t{1});
        QCOMPARE(s.masked, std::size_t{1});
        QCOMPARE(s.zeros, std::size_t{1});
        QCOMPARE(s.min, 0.0);
        QCOMPARE(s.max, 7.0);
        QCOMPARE(s.mean, 3.5);
    }

    void negativeSizeIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception, hb::Image(-1, 4));
    }
};

QTEST_GUILESS_MAIN(TestImage)
#include "tst_image.moc"
