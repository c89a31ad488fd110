#include "test_support.h"

#include "simulate/simulator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>
#include <QTranslator>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace hb::test {

std::string sharedDataDir()
{
    const QString dir = QStringLiteral(HB_SHARED_DATA_DIR);
    return QDir(dir).exists() ? QDir(dir).absolutePath().toStdString() : std::string();
}

std::string sharedData(const std::string& relative)
{
    return sharedDataDir() + "/" + relative;
}

CatalogEntry catalogEntry(const char* spacecraft, const char* detector, const char* iso, const char* name, int size)
{
    CatalogEntry e;
    e.ok = true;
    e.hasPixels = true;
    e.info.path = std::string("/data/") + name;
    const bool soho = std::string(spacecraft) == "SOHO";
    e.info.mission = soho ? "SOHO" : "STEREO";
    e.info.spacecraft = spacecraft;
    e.info.instrument = soho ? "LASCO" : "SECCHI";
    e.info.detector = detector;
    e.info.level = "0.5";
    e.info.time = UtcTime::parseIso(iso);
    e.info.width = e.info.height = size;
    return e;
}

void useFreshSettings(const char* testName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("HelioBenchTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
    QSettings().clear();
    // The GUI tests read the texts a user reads: "1 frame", not "1 frame(s)" (the plurals live in hb_app's resources).
    static QTranslator englishPlurals;
    if (englishPlurals.isEmpty() && englishPlurals.load(QStringLiteral(":/i18n/heliobench_en.qm")))
        QCoreApplication::installTranslator(&englishPlurals);
}

CatalogEntry unreadableEntry(const char* name)
{
    CatalogEntry e;
    e.info.path = std::string("/data/") + name;
    e.error = "truncated: the data unit ends 2,880 bytes early";
    return e;
}

std::vector<std::string> simulateInto(const QString& dir, const char* kind, int count, int size, std::uint64_t seed)
{
    hb::simulate::SimulationRequest r;
    r.kind = *hb::simulate::parseKind(kind);
    r.outDir = dir.toStdString();
    r.count = count;
    r.size = size;
    r.seed = seed;
    return hb::simulate::simulate(r);
}

int runCli(const QStringList& args, QByteArray* out, QByteArray* err, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(HB_CLI_PATH), args);
    if (!p.waitForStarted(10000))
        return -1;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return -2;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

QString fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QStringList fitsverifyProblems(const QString& path)
{
    QByteArray report;
    if (runProgram(QStringLiteral("fitsverify"), {path}, &report) == -1)
        return {QStringLiteral("fitsverify could not be run or did not finish (Debian package fitsverify; .ci/test installs it)")};
    QStringList problems;
    for (const QByteArray& line : report.split('\n')) {
        const QString text = QString::fromLatin1(line).trimmed();
        // Warnings about what the missions' own headers use (deprecated keywords, cards without
        // a value) are theirs, not ours; every error counts.
        const bool excused = text.contains(QStringLiteral("deprecated")) || text.contains(QStringLiteral("has a null value"));
        if (text.startsWith(QStringLiteral("*** Error")) || (text.startsWith(QStringLiteral("*** Warning")) && !excused))
            problems << text;
    }
    static const QRegularExpression summary(QStringLiteral("Verification found (\\d+) warning\\(s\\) and (\\d+) error\\(s\\)"));
    const QRegularExpressionMatch found = summary.match(QString::fromLatin1(report));
    if (!found.hasMatch())
        problems << QStringLiteral("fitsverify printed no summary for %1").arg(path);
    else if (found.captured(2).toInt() != 0)
        problems << QStringLiteral("fitsverify found %1 error(s) in %2").arg(found.captured(2), path);
    return problems;
}

int runProgram(const QString& program, const QStringList& args, QByteArray* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitCode();
}

} // namespace hb::test
