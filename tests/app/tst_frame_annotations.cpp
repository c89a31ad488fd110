// Overlays follow the geometry steps: what a detector found in the file as read is drawn where
// those pixels are on the processed frame (LASCO C2 of 2008, stored upside down, rotated to north).
#include "core/detection.h"
#include "io/file_reader.h"
#include "kernel/step_registry.h"
#include "test_support.h"
#include "workspaces/image/frame_annotations.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestFrameAnnotations : public QObject {
    Q_OBJECT

private slots:
    void detectorShapesFollowTheRotationToNorth()
    {
        QTemporaryDir dir;
        const auto files = hb::test::simulateInto(dir.path(), "lasco-c2", 1, 256);
        const hb::Frame raw = hb::io::readFrame(files.front());
        QCOMPARE(*raw.header.number("CROTA1"), 180.0);
        const hb::steps::FrameStep& rotate = hb::steps::builtinSteps().frameStep("common.rotate_north", "test");
        const hb::Frame north = rotate.apply(raw, rotate.normalise({}), {});
        const hb::app::PixelMap map = hb::app::asReadToShown(raw, north);
        QVERIFY(map);
        // Half a turn about the reference pixel: the sky under raw pixel p is under pixel c - (p - c).
        const double cx = *raw.header.number("CRPIX1") - 1, cy = *raw.header.number("CRPIX2") - 1;
        const double nx = *north.header.number("CRPIX1") - 1, ny = *north.header.number("CRPIX2") - 1;
        const QPointF p = map(QPointF(10, 200));
        QVERIFY2(std::abs(p.x() - (nx - (10 - cx))) < 0.01 && std::abs(p.y() - (ny - (200 - cy))) < 0.01,
                 qPrintable(QStringLiteral("%1 %2").arg(p.x()).arg(p.y())));

        hb::Detection found;
        found.lines.push_back({10, 200, 40, 200});
        found.regions.push_back({8, 190, 4, 2});
        found.blobs.push_back({100, 30, 5});
        const auto overlay = hb::app::detectionOverlay(found, map);
        QCOMPARE(overlay.lines.size(), 1);
        QVERIFY(std::abs(overlay.lines[0].p1().x() - p.x()) < 0.01 && std::abs(overlay.lines[0].p1().y() - p.y()) < 0.01);
        QVERIFY(overlay.lines[0].p2().x() < overlay.lines[0].p1().x());  // runs the other way now
        // The box covers the same sky, turned: 4 x 2 pixels about the turned centre of the raw box.
        const QRect box = overlay.boxes[0];
        QCOMPARE(box.width(), 4);
        QCOMPARE(box.height(), 2);
        const QPointF centre = map(QPointF(8 + 1.5, 190 + 0.5));
        QVERIFY(std::abs(box.x() + 1.5 - centre.x()) <= 0.5 && std::abs(box.y() + 0.5 - centre.y()) <= 0.5);
        QVERIFY(std::abs(overlay.circles[0].radius - 5.0) < 0.01);
        // The file as read maps to itself.
        QVERIFY(!hb::app::asReadToShown(raw, raw));
        const auto same = hb::app::detectionOverlay(found, {});
        QCOMPARE(same.lines[0], QLineF(10, 200, 40, 200));
        QCOMPARE(same.boxes[0], QRect(8, 190, 4, 2));
    }
};

QTEST_MAIN(TestFrameAnnotations)
#include "tst_frame_annotations.moc"
