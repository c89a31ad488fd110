#include "main_window.h"
#include "test_support.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HelioBenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    }

    void opensAFolderInTheBackground()
    {
        QTemporaryDir dir;
        hb::test::simulateInto(dir.filePath(QStringLiteral("cor2")), "cor2", 9, 64);
        hb::test::simulateInto(dir.filePath(QStringLiteral("c3")), "lasco-c3", 3, 64);

        hb::app::MainWindow window;
        window.show();
        QSignalSpy finished(&window, &hb::app::MainWindow::scanFinished);
        window.openFolder(dir.path());
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.catalogFileCount(), 12);
        auto* tree = window.findChild<QTreeWidget*>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);  // SOHO, STEREO
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("SOHO"));
        QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("9"));
        QVERIFY(window.windowTitle().contains(dir.path()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
