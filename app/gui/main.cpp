// heliobench: the workbench window.
#include "core/allocator_tuning.h"
#include "main_window.h"

#include "core/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    hb::keepLargeBuffersForReuse();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HelioBench"));
    QApplication::setApplicationName(QStringLiteral("HelioBench"));
    QApplication::setApplicationVersion(QString::fromLatin1(hb::kProgramVersion));
    QApplication::setDesktopFileName(QStringLiteral("org.heliobench.HelioBench"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // The source texts say "%n frame(s)"; the English plurals turn them into "1 frame" and "3 frames" in any locale
    // without its own translation. Installed first, so that a locale's translation, searched first, wins.
    QTranslator englishPlurals;
    if (englishPlurals.load(QStringLiteral(":/i18n/heliobench_en.qm")))
        QApplication::installTranslator(&englishPlurals);
    QTranslator translator;
    if (QLocale().language() != QLocale::English &&
        translator.load(QLocale(), QStringLiteral("heliobench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workbench for solar and heliospheric data"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("folder"), QApplication::translate("main", "Folder of data files to open"));
    const QCommandLineOption detector(QStringLiteral("detector"),
                                      QApplication::translate("main", "Show the first frame of this detector (COR2, C2...)"),
                                      QStringLiteral("name"));
    const QCommandLineOption play(QStringLiteral("play"), QApplication::translate("main", "Play its sequence"));
    parser.addOption(detector);
    parser.addOption(play);
    parser.process(app);

    hb::app::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFolder(parser.positionalArguments().constFirst(), parser.value(detector), parser.isSet(play));
    return QApplication::exec();
}
