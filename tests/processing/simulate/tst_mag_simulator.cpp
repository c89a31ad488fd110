// Simulated STEREO MAG L1 days: the real layout, and every injected defect where the truth file
// says it is, checked from the bytes with the project's CDF reader and arithmetic written here.
#include "io/cdf/cdf_identify.h"
#include "io/cdf/cdf_series.h"
#include "mag_day_reading.h"
#include "simulate/simulator.h"
#include "test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

using namespace mag_test;

class TestMagSimulator : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_run;
    QString file(const char* name) const { return QDir(m_run).filePath(QString::fromLatin1(name)); }
    Day day(const char* name) const { return readDay(file(name).toStdString()); }

private slots:
    void initTestCase()
    {
        m_run = m_dir.filePath(QStringLiteral("run"));
        hb::simulate::SimulationRequest r;
        r.kind = hb::simulate::SimulationKind::Mag;
        r.outDir = m_run.toStdString();
        r.count = 2;  // the events fall on the second day
        r.seed = 3;
        r.burst = true;
        const auto files = hb::simulate::simulate(r);
        QCOMPARE(files.size(), std::size_t(10));  // 2 days x 4 products, the counts table, the rotation rows
    }

    void daysHaveTheLayoutOfTheRealFiles()
    {
        for (const char* name : {"STA_L1_MAG_RTN_20081212_V06.cdf", "STA_L1_MAG_SC_20081213_V06.cdf", "STA_L1_MAGB_RTN_20081213_V06.cdf"}) {
            const CdfFile f = CdfFile::open(file(name).toStdString());
            QCOMPARE(f.version().substr(0, 3), std::string("2.6"));
            QCOMPARE(f.fileCompression(), Compression::None);
            QCOMPARE(f.requireVariable("Epoch").type, DataType::Epoch);
            const CdfVariable& b = f.requireVariable("BFIELD");
            QCOMPARE(b.type, DataType::Real4);
            QCOMPARE(b.shape(), std::vector<std::int32_t>{4});
            QCOMPARE(static_cast<float>(b.attribute("FILLVAL")->numbers.at(0)), -1e31f);
            QCOMPARE(b.attribute("VALIDMIN")->numbers.size(), std::size_t(4));
            QCOMPARE(b.attributeText("DEPEND_0"), std::string("Epoch"));
            QCOMPARE(f.requireVariable("MAGFLAGUC").type, DataType::UInt4);
            const bool rtn = std::string(name).find("RTN") != std::string::npos;
            QCOMPARE(f.readText(f.requireVariable("label_bfield")),
                     (rtn ? std::vector<std::string>{"B_R", "B_T", "B_N", "|B|"} : std::vector<std::string>{"B_X", "B_Y", "B_Z", "|B|"}));
            const hb::ObservationInfo info = identify(f);
            QCOMPARE(info.spacecraft.value_or(""), std::string("STEREO-A"));
            QCOMPARE(info.instrument.value_or(""), std::string("IMPACT"));
            QCOMPARE(info.level.value_or(""), std::string("1"));
            QVERIFY(f.globalText("TEXT").starts_with("SIMULATED DATA"));
        }
    }

    void recordsCarryTheDefectsTheTruthNames()
    {
        const Day d = day("STA_L1_MAG_RTN_20081212_V06.cdf");
        const nlohmann::json& t = d.truth;
        const std::int64_t next = t["next_day_records"], gap = t["gap"]["records"];
        QVERIFY(next >= 3 && next <= 41);
        QCOMPARE(d.size(), kRecordsPerDay + next - gap);
        const double dayStart = epochOfDay("2008-12-12"), dayEnd = dayStart + kDayMs;
        QCOMPARE(std::count_if(d.epochMs.begin(), d.epochMs.end(), [&](double ms) { return ms >= dayEnd; }), next);

        // The fill interval: all four values -1e31 and MAGFLAGUC 1, nowhere else.
        const std::int64_t fills = std::count(d.flags.begin(), d.flags.end(), 1.0);
        QCOMPARE(fills, t["fill"]["records"].get<std::int64_t>());
        for (std::int64_t r = 0; r < d.size(); ++r)
            if (d.flags[static_cast<std::size_t>(r)] == 1.0)
                for (int c = 0; c < 4; ++c)
                    QCOMPARE(static_cast<float>(d.at(r, c)), -1e31f);

        // Steps between tags: 125 ms, the gap, +6 ms once (the clock shift), +1 s into the glitch
        // and -1 s out of it; nothing else.
        std::vector<double> odd;
        for (std::size_t i = 1; i < d.epochMs.size(); ++i)
            if (const double step = d.epochMs[i] - d.epochMs[i - 1]; std::abs(step - 125.0) > 1e-6)
                odd.push_back(step);
        const double gapStep = 125.0 * static_cast<double>(gap + 1);
        std::vector<double> expected{gapStep, 131.0, 1125.0, -875.0};
        std::sort(odd.begin(), odd.end());
        std::sort(expected.begin(), expected.end());
        if (odd.size() == 3) {  // the shift began inside the gap
            expected = {-875.0, 1125.0, gapStep + 6.0};
            std::sort(expected.begin(), expected.end());
        }
        QCOMPARE(odd.size(), expected.size());
        for (std::size_t i = 0; i < odd.size(); ++i)
            QVERIFY2(std::abs(odd[i] - expected[i]) < 1e-6, qPrintable(QString::number(odd[i])));
        // Before the shift the tags sit on the 125 ms grid of the day, after it 6 ms late.
        QCOMPARE(std::fmod(d.epochMs.front() - dayStart, 125.0), 0.0);
        QCOMPARE(std::fmod(d.epochMs.back() - dayStart, 125.0), 6.0);
    }

    void rtnIsTheRotationOfScByTheRotationRows()
    {
        const auto rows = readRotationRows(file("STA_SC_RTN_ROTATION_20081212.txt"));
        QCOMPARE(rows.size(), std::size_t(2 * 3 + 1));  // 0.6 deg a day: a row every 10 h, and the closing row
        for (const RotationRow& row : rows) {
            const Matrix& m = row.m;
            const double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
                               m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
            QVERIFY(std::abs(det - 1.0) < 1e-7);
        }
        for (const char* product : {"MAG", "MAGB"}) {
            const QString rtnName = QStringLiteral("STA_L1_%1_RTN_20081213_V06.cdf").arg(QLatin1String(product));
            const QString scName = QStringLiteral("STA_L1_%1_SC_20081213_V06.cdf").arg(QLatin1String(product));
            const Day rtn = readDay(file(rtnName.toLatin1().constData()).toStdString());
            const Day sc = readDay(file(scName.toLatin1().constData()).toStdString());
            QCOMPARE(rtn.size(), sc.size());
            QCOMPARE(rtn.epochMs, sc.epochMs);
            const double shift = 6.0;  // the tags of day 2 are all after the clock shift
            double worst = 0, worstMagnitude = 0;
            for (std::int64_t r = 0; r < rtn.size(); r += 7) {
                if (rtn.flags[static_cast<std::size_t>(r)] != 0)
                    continue;
                const Matrix m = rotationAt(rows, rtn.epochMs[static_cast<std::size_t>(r)] - shift);
                for (int row = 0; row < 3; ++row) {
                    const double expected = m[row][0] * sc.at(r, 0) + m[row][1] * sc.at(r, 1) + m[row][2] * sc.at(r, 2);
                    worst = std::max(worst, std::abs(expected - rtn.at(r, row)) / std::max(1.0, std::abs(sc.at(r, 3))));
                }
                worstMagnitude = std::max(worstMagnitude, std::abs(rtn.at(r, 3) - sc.at(r, 3)) / sc.at(r, 3));
            }
            qInfo("%s: worst |M B_SC - B_RTN| / |B| %.2g, worst relative |B| difference %.2g", product, worst, worstMagnitude);
            QVERIFY(worst < 1e-6);          // the rounding of 4-byte floats, slerp between the rows
            QVERIFY(worstMagnitude < 3e-7);  // |B| is the same in both frames to float precision
        }
    }

    void burstDaysHoldThirtyTwoHertzWhoseMeansAreTheNormalRecords()
    {
        const Day normal = day("STA_L1_MAG_SC_20081213_V06.cdf");
        const Day burst = day("STA_L1_MAGB_SC_20081213_V06.cdf");
        std::int64_t burstRecords = 0;
        for (const auto& b : burst.truth["bursts"])
            burstRecords += b["records"].get<std::int64_t>();
        QVERIFY(burst.truth["bursts"].size() >= 2);
        QCOMPARE(burst.size(), normal.size() + 3 * burstRecords);
        std::int64_t checked = 0, steps32 = 0;
        for (std::size_t i = 1; i < burst.epochMs.size(); ++i)
            steps32 += std::abs(burst.epochMs[i] - burst.epochMs[i - 1] - 31.25) < 1e-6;
        QCOMPARE(steps32, 4 * burstRecords);  // three inside each group of four, one to the next record
        // Inside a burst: four samples 31.25 ms apart whose mean is the normal record at the first one's tag.
        for (std::int64_t r = 0; r + 3 < burst.size(); ++r) {
            if (std::abs(burst.epochMs[static_cast<std::size_t>(r + 1)] - burst.epochMs[static_cast<std::size_t>(r)] - 31.25) > 1e-6)
                continue;
            const std::int64_t n = recordNear(normal, burst.epochMs[static_cast<std::size_t>(r)]);
            QCOMPARE(normal.epochMs[static_cast<std::size_t>(n)], burst.epochMs[static_cast<std::size_t>(r)]);
            bool spiked = false;
            for (const auto& s : burst.truth["spikes"])
                spiked = spiked || std::abs(epochOfDay("2008-12-13") + 125.0 * s["record"].get<double>() + 6.0 - normal.epochMs[static_cast<std::size_t>(n)]) < 1;
            if (!spiked && normal.flags[static_cast<std::size_t>(n)] == 0) {
                for (int c = 0; c < 3; ++c) {
                    const double mean = (burst.at(r, c) + burst.at(r + 1, c) + burst.at(r + 2, c) + burst.at(r + 3, c)) / 4;
                    QVERIFY(std::abs(mean - normal.at(n, c)) < 1e-4 * std::max(1.0, std::abs(normal.at(n, 3))));
                }
                ++checked;
            }
            r += 3;
        }
        std::int64_t spikedInBursts = 0;  // spiked burst records are not compared
        for (const auto& spike : burst.truth["spikes"])
            for (const auto& b : burst.truth["bursts"]) {
                const std::int64_t record = spike["record"], first = b["first_record"], records = b["records"];
                spikedInBursts += record >= first && record < first + records;
            }
        QCOMPARE(checked, burstRecords - spikedInBursts);
    }

    void spikesStandOutOfTheirNeighbours()
    {
        const Day d = day("STA_L1_MAG_SC_20081212_V06.cdf");
        const auto& spikes = d.truth["spikes"];
        QVERIFY(spikes.size() >= 12 && spikes.size() <= 30);
        const double dayStart = epochOfDay("2008-12-12");
        for (const auto& s : spikes) {
            const std::int64_t r = recordNear(d, dayStart + 125.0 * s["record"].get<double>());
            const int axis = s["axis_sc"].get<std::string>()[0] - 'X';
            std::vector<double> around;
            for (std::int64_t k = r - 8; k <= r + 8; ++k)
                if (k != r)
                    around.push_back(d.at(k, axis));
            std::nth_element(around.begin(), around.begin() + 8, around.end());
            const double excess = d.at(r, axis) - around[8];
            QVERIFY2(std::abs(excess - s["nT"].get<double>()) < 5.0, qPrintable(QString::number(excess)));
        }
    }

    void theShockAndTheCloudAreInTheField()
    {
        // The field itself: the SC records less the day's sensor offsets, turned into RTN.
        const auto rows = readRotationRows(file("STA_SC_RTN_ROTATION_20081212.txt"));
        const auto fieldOf = [&](const char* name) {
            Day d = day(name);
            const std::array<double, 3> offset{d.truth["offset_sc_nT"][0], d.truth["offset_sc_nT"][1], d.truth["offset_sc_nT"][2]};
            for (std::int64_t r = 0; r < d.size(); ++r) {
                if (d.flags[static_cast<std::size_t>(r)] != 0)
                    continue;
                const Matrix m = rotationAt(rows, d.epochMs[static_cast<std::size_t>(r)]);
                const std::array<double, 3> sc{d.at(r, 0) - offset[0], d.at(r, 1) - offset[1], d.at(r, 2) - offset[2]};
                double* out = &d.field[static_cast<std::size_t>(r * 4)];
                for (int row = 0; row < 3; ++row)
                    out[row] = m[row][0] * sc[0] + m[row][1] * sc[1] + m[row][2] * sc[2];
                out[3] = std::sqrt(out[0] * out[0] + out[1] * out[1] + out[2] * out[2]);
            }
            return d;
        };
        const Day d = fieldOf("STA_L1_MAG_SC_20081213_V06.cdf");
        const auto& e = d.truth["events"];
        const auto msOf = [](const nlohmann::json& iso) {
            return static_cast<double>(hb::UtcTime::parseIso(iso.get<std::string>())->nanoseconds / 1000000) + 62167219200000.0 + 6.0;
        };
        const double shock = msOf(e["shock"]), cloudStart = msOf(e["cloud_start"]), cloudEnd = msOf(e["cloud_end"]);
        const double before = meanOf(d, 3, recordNear(d, shock - 600000), recordNear(d, shock - 30000));
        const double after = meanOf(d, 3, recordNear(d, shock + 30000), recordNear(d, shock + 600000));
        qInfo("|B| %.2f nT before the shock, %.2f after", before, after);
        QVERIFY(after / before > 2.0 && after / before < 3.2);
        const double span = cloudEnd - cloudStart;
        const double centre = meanOf(d, 3, recordNear(d, cloudStart + 0.45 * span), recordNear(d, cloudStart + 0.55 * span));
        QVERIFY(centre > 10.0);
        // Crossing the rope, the azimuthal field (here along T) turns over: opposite signs at the two ends.
        const double early = meanOf(d, 1, recordNear(d, cloudStart + 0.1 * span), recordNear(d, cloudStart + 0.2 * span));
        const double late = meanOf(d, 1, recordNear(d, cloudStart + 0.8 * span), recordNear(d, cloudStart + 0.9 * span));
        qInfo("B_T %.2f nT early in the cloud, %.2f late, |B| %.2f at its centre", early, late, centre);
        QVERIFY(early * late < 0);
        // The quiet first day: the Parker spiral, B_R and B_T of opposite signs.
        const Day quiet = fieldOf("STA_L1_MAG_SC_20081212_V06.cdf");
        const double br = meanOf(quiet, 0, 200000, 300000), bt = meanOf(quiet, 1, 200000, 300000);
        qInfo("quiet day: B_R %.2f nT, B_T %.2f nT", br, bt);
        QVERIFY(br * bt < 0);
    }

    void nextDayRecordsAreTheNextDaysFirstAndTheJoinKeepsThemOnce()
    {
        const Day first = day("STA_L1_MAG_RTN_20081212_V06.cdf");
        const Day second = day("STA_L1_MAG_RTN_20081213_V06.cdf");
        const std::int64_t next = first.truth["next_day_records"];
        for (std::int64_t k = 0; k < next; ++k) {
            const std::size_t a = static_cast<std::size_t>(first.size() - next + k), b = static_cast<std::size_t>(k);
            QCOMPARE(first.epochMs[a], second.epochMs[b]);
            for (int c = 0; c < 4; ++c)
                QCOMPARE(first.field[a * 4 + static_cast<std::size_t>(c)], second.field[b * 4 + static_cast<std::size_t>(c)]);
        }
        std::vector<hb::TimeSeries> parts;
        std::vector<std::string> warnings;
        for (const char* name : {"STA_L1_MAG_RTN_20081213_V06.cdf", "STA_L1_MAG_RTN_20081212_V06.cdf"})
            parts.push_back(readSeries(CdfFile::open(file(name).toStdString()), "BFIELD", &warnings));
        const auto outside = [](const hb::TimeSeries& s) {
            return std::count_if(s.quality().begin(), s.quality().end(),
                                 [](std::uint8_t q) { return q & hb::qualityBit(hb::SampleQuality::OutsideFileDay); });
        };
        QCOMPARE(outside(parts[1]), next);
        QCOMPARE(parts[0].cadence(), std::int64_t(125000000));
        QCOMPARE(parts[0].columns().front().coordinateSystem, std::string("RTN"));
        QCOMPARE(parts[0].info.spacecraft.value_or(""), std::string("STEREO-A"));
        const std::size_t firstDay = parts[1].size(), secondDay = parts[0].size();
        const std::int64_t secondDayOutside = outside(parts[0]);
        const hb::TimeSeries month = joinSeries(std::move(parts));
        // The first day's next-day records gave way to the second day's own.
        const std::size_t firstKept = firstDay - static_cast<std::size_t>(next);
        QCOMPARE(month.fileStarts(), (std::vector<std::size_t>{0, firstKept}));
        QCOMPARE(month.size(), firstKept + secondDay);
        QCOMPARE(outside(month), secondDayOutside);
        // Read straight into one series, with a damaged day among them: the same series, the
        // damaged file named and left out.
        const QString damaged = m_dir.filePath(QStringLiteral("STA_L1_MAG_RTN_20081214_V06.cdf"));
        QVERIFY(QFile::copy(file("STA_L1_MAG_RTN_20081213_V06.cdf"), damaged));
        QVERIFY(QFile::resize(damaged, 5000000));
        SeriesReadReport report;
        const hb::TimeSeries direct = readJoinedSeries({file("STA_L1_MAG_RTN_20081213_V06.cdf").toStdString(), damaged.toStdString(),
                                                        file("STA_L1_MAG_RTN_20081212_V06.cdf").toStdString()},
                                                       "BFIELD", &report);
        QCOMPARE(report.errors.size(), std::size_t(1));
        QVERIFY(report.errors.front().find("STA_L1_MAG_RTN_20081214_V06.cdf") != std::string::npos);
        QCOMPARE(direct.time(), month.time());
        QCOMPARE(direct.quality(), month.quality());
        QCOMPARE(direct.fileStarts(), month.fileStarts());
        for (std::size_t c = 0; c < 4; ++c)
            QVERIFY(std::equal(direct.columns()[c].values.begin(), direct.columns()[c].values.end(), month.columns()[c].values.begin(),
                               [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }));
        QCOMPARE(direct.info.endTime, month.info.endTime);
        // Records after the 1 s glitch that go back in time are left out by the reader, saying so.
        QCOMPARE(warnings.size(), std::size_t(2));
        QVERIFY(warnings.front().find("not later than the one before") != std::string::npos);
    }

    void countsTableHasADefaultLookingRowAndTheStep()
    {
        std::ifstream in(file("200812StereoACounts.asc").toStdString());
        std::string header;
        std::getline(in, header);
        QVERIFY(header.starts_with("%year,Day,Kx (Range 0),O1 (nT),Counts @ O"));
        std::map<double, std::array<double, 9>> rows;
        int year;
        double doy;
        std::array<double, 9> v;
        while (in >> year >> doy >> v[0] >> v[1] >> v[2] >> v[3] >> v[4] >> v[5] >> v[6] >> v[7] >> v[8]) {
            QCOMPARE(year, 2008);
            rows[doy] = v;
            for (int axis = 0; axis < 3; ++axis)  // O = -K counts, to the table's rounding
                QVERIFY(std::abs(v[axis * 3 + 1] + v[axis * 3] * v[axis * 3 + 2]) <= v[axis * 3] / 2 + 0.05 + 1e-9);
        }
        QCOMPARE(rows.size(), std::size_t(31));
        QCOMPARE(rows.begin()->first, 336.5);  // 1 December 2008 (a leap year) at midday
        const Day stepDay = day("STA_L1_MAG_SC_20081213_V06.cdf");
        QCOMPARE(stepDay.truth["offset_step_day"].get<std::string>(), std::string("2008-12-13"));
        const auto offsetOf = [&](double d) { return std::array<double, 3>{rows[d][1], rows[d][4], rows[d][7]}; };
        QVERIFY(std::abs(offsetOf(348.5)[0] - offsetOf(347.5)[0]) > 10);  // the jump on X
        QCOMPARE(offsetOf(348.5)[0], stepDay.truth["offset_sc_nT"][0].get<double>());
        QCOMPARE(offsetOf(349.5)[0], -17.0);  // the default-looking row of 14 December...
        QCOMPARE(offsetOf(349.5)[2], -17.0);
        QVERIFY(std::abs(offsetOf(350.5)[0] - offsetOf(348.5)[0]) < 0.2);  // ...between days that agree
    }

    void theSameSeedGivesTheSameBytesAndNothingIsOverwritten()
    {
        hb::simulate::SimulationRequest r;
        r.kind = hb::simulate::SimulationKind::Mag;
        r.seed = 11;
        r.count = 1;
        QStringList hashes;
        for (const char* sub : {"a", "b"}) {
            r.outDir = m_dir.filePath(QLatin1String(sub)).toStdString();
            const auto files = hb::simulate::simulate(r);
            QCOMPARE(files.size(), std::size_t(4));
            hashes << hb::test::fileHash(QString::fromStdString(files.front()));
        }
        QCOMPARE(hashes[0], hashes[1]);
        QVERIFY(hashes[0] != hb::test::fileHash(file("STA_L1_MAG_RTN_20081212_V06.cdf")));
        QVERIFY_THROWS_EXCEPTION(hb::Error, hb::simulate::simulate(r));  // the days are there: not without --overwrite
        QCOMPARE(hb::test::fileHash(QDir(QString::fromStdString(r.outDir)).filePath(QStringLiteral("STA_L1_MAG_RTN_20081212_V06.cdf"))), hashes[1]);
    }

    // SIGKILL while a day is being written: the day's name never holds a partial file (the
    // writer's temporary file is hidden, and scans skip hidden files).
    void killedHalfWayThroughAWriteLeavesNoPartialDay()
    {
        const QString out = m_dir.filePath(QStringLiteral("killed"));
        QVERIFY(QDir().mkpath(out));
        QProcess cli;
        cli.start(QStringLiteral(HB_CLI_PATH), {QStringLiteral("simulate"), QStringLiteral("mag"), QStringLiteral("--out"), out,
                                                QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--quiet")});
        QVERIFY(cli.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        QString temporary;
        while (temporary.isEmpty() && clock.elapsed() < 60000 && cli.state() == QProcess::Running) {
            for (const QFileInfo& f : QDir(out).entryInfoList(QDir::Files | QDir::Hidden))
                if (f.fileName().startsWith(QLatin1Char('.')) && f.fileName().contains(QLatin1String(".cdf.tmp-")) && f.fileName().contains(QLatin1String("_SC_20081212_")))
                    temporary = f.fileName();
            if (temporary.isEmpty())
                QThread::usleep(200);
        }
        cli.kill();
        cli.waitForFinished();
        QVERIFY2(!temporary.isEmpty(), "no write in progress was seen before the run ended");
        const QString finalName = temporary.mid(1, temporary.indexOf(QLatin1String(".tmp-")) - 1);
        QVERIFY2(!QFileInfo::exists(QDir(out).filePath(finalName)), qPrintable(finalName));
        int complete = 0;
        for (const QFileInfo& f : QDir(out).entryInfoList({QStringLiteral("*.cdf")}, QDir::Files)) {
            const CdfFile cdf = CdfFile::open(f.filePath().toStdString());
            const std::int64_t records = cdf.requireVariable("Epoch").recordCount();
            QCOMPARE(cdf.requireVariable("BFIELD").recordCount(), records);
            QVERIFY(records > kRecordsPerDay / 2);
            QVERIFY(!f.fileName().contains(QLatin1String("_20081213_")));
            QCOMPARE(static_cast<std::int64_t>(cdf.readNumbers(cdf.requireVariable("BFIELD")).size()), 4 * records);
            ++complete;
        }
        qInfo("killed while writing %s; %d complete files were there, no partial one", qPrintable(finalName), complete);
    }
};

QTEST_GUILESS_MAIN(TestMagSimulator)
#include "tst_mag_simulator.moc"
