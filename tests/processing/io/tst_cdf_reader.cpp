// The CDF reader on the real files of ../shared/data/cdf (versions 2.5 and 3.x, row and column
// major, whole-file and per-variable GZIP, every type of the CDFpp test files, the PSP MAG day)
// and on damaged copies of them.
#include "core/error.h"
#include "core/utc_time.h"
#include "io/cdf/cdf_description.h"
#include "io/cdf/cdf_file.h"
#include "io/cdf/cdf_series.h"
#include "io/cdf/cdf_values.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>

using namespace hb::io::cdf;

namespace {

std::string cdf(const char* name) { return hb::test::sharedData(std::string("cdf/") + name); }

std::vector<std::uint8_t> bytesOf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes)
{
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

std::int64_t be64(const std::vector<std::uint8_t>& b, std::size_t at)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | b[at + static_cast<std::size_t>(i)];
    return static_cast<std::int64_t>(v);
}

std::int32_t be32(const std::vector<std::uint8_t>& b, std::size_t at)
{
    return static_cast<std::int32_t>((std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) | b[at + 3]);
}

void putBe(std::vector<std::uint8_t>& b, std::size_t at, std::uint64_t value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i, value >>= 8)
        b[at + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(value & 0xFF);
}

// Offsets of the version-3 records of `type` whose declared size fits the file.
std::vector<std::size_t> recordsOfType(const std::vector<std::uint8_t>& b, std::int32_t type)
{
    std::vector<std::size_t> found;
    for (std::size_t at = 8; at + 12 <= b.size(); ++at) {
        const std::int64_t size = be64(b, at);
        if (size >= 16 && static_cast<std::uint64_t>(size) <= b.size() - at && be32(b, at + 8) == type)
            found.push_back(at);
    }
    return found;
}

// Reads every value of every variable: what a user's first look at a file does.
void readEverything(const CdfFile& file)
{
    for (const CdfVariable& v : file.variables()) {
        if (isText(v.type))
            (void)file.readText(v);
        else if (isTime(v.type))
            (void)file.readTimes(v);
        else
            (void)file.readNumbers(v);
    }
    (void)describe(file);
}

std::int64_t tt2000Of(const char* iso) { return hb::tt2000FromUtc(*hb::UtcTime::parseIso(iso)); }

} // namespace

class TestCdfReader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string scratch(const char* name) { return m_dir.filePath(QString::fromLatin1(name)).toStdString(); }

    // `mutate` applied to a copy of `name`; the copy must be refused with a message naming it and saying `expected`.
    template <typename Mutate>
    void expectRefused(const char* name, Mutate mutate, const char* expected)
    {
        std::vector<std::uint8_t> bytes = bytesOf(cdf(name));
        mutate(bytes);
        const std::string copy = scratch("damaged.cdf");
        writeBytes(copy, bytes);
        try {
            readEverything(CdfFile::open(copy));
            QFAIL(qPrintable(QStringLiteral("a damaged copy of %1 was read: %2 expected").arg(QLatin1String(name), QLatin1String(expected))));
        } catch (const hb::Error& e) {
            QCOMPARE(e.file(), copy);
            QVERIFY2(e.problem().find(expected) != std::string::npos, e.what());
        }
    }

private slots:
    void initTestCase() { HB_REQUIRE_SHARED_DATA(); }

    void theParkerSolarProbeMagDayReadsAsDocumented()
    {
        const CdfFile file = CdfFile::open(cdf("psp_fld_l2_mag_rtn_1min_20200104_v02.cdf"));
        QCOMPARE(file.majorVersion(), 3);
        QCOMPARE(file.version(), std::string("3.7.1"));
        QVERIFY(!file.rowMajor());  // the CDR's majority flag is clear (the manifest's "row-major" is not what the file says)
        QCOMPARE(file.globalText("Logical_source"), std::string("psp_fld_l2_mag_RTN_1min"));
        QCOMPARE(file.variables().size(), std::size_t(6));

        const CdfVariable& epoch = file.requireVariable("epoch_mag_RTN_1min");
        QCOMPARE(epoch.type, DataType::TT2000);
        const std::vector<std::int64_t> times = file.readTimes(epoch);
        QCOMPARE(times.size(), std::size_t(118));
        QCOMPARE(times.front(), tt2000Of("2020-01-04T02:33:30"));
        QCOMPARE(times.back(), tt2000Of("2020-01-04T19:33:30"));
        QVERIFY(std::is_sorted(times.begin(), times.end()));

        const CdfVariable& field = file.requireVariable("psp_fld_l2_mag_RTN_1min");
        QCOMPARE(field.type, DataType::Real4);
        QCOMPARE(field.shape(), std::vector<std::int32_t>{3});
        QCOMPARE(field.compression, Compression::Gzip);
        QCOMPARE(field.attributeText("DEPEND_0"), std::string("epoch_mag_RTN_1min"));
        QCOMPARE(field.attributeText("LABL_PTR_1"), std::string("label_RTN"));
        QCOMPARE(field.attributeText("UNITS"), std::string("nT"));
        const std::vector<double> values = file.readNumbers(field);
        QCOMPARE(values.size(), std::size_t(3 * 118));
        QVERIFY(std::isnan(values[0]) && std::isnan(values[1]) && std::isnan(values[2]));
        int recordsWithNan = 0;
        for (std::size_t r = 0; r < 118; ++r)
            recordsWithNan += std::isnan(values[3 * r]) || std::isnan(values[3 * r + 1]) || std::isnan(values[3 * r + 2]);
        QCOMPARE(recordsWithNan, 6);
        QVERIFY(std::abs(values[3] - -4.24664) < 1e-5 && std::abs(values[4] - 6.03013) < 1e-5 && std::abs(values[5] - 2.81812) < 1e-5);
        // A record range reads the same values as the whole.
        const std::vector<double> middle = file.readNumbers(field, 50, 10);
        QCOMPARE(middle.size(), std::size_t(30));
        QVERIFY(std::equal(middle.begin(), middle.end(), values.begin() + 150));

        QCOMPARE(file.readText(file.requireVariable("label_RTN")), (std::vector<std::string>{"B_R", "B_T", "B_N"}));
        const CdfVariable& flags = file.requireVariable("psp_fld_l2_quality_flags");
        QCOMPARE(flags.type, DataType::UInt4);
        QCOMPARE(file.readNumbers(flags).size(), std::size_t(1440));
        const std::vector<std::int64_t> minutes = file.readTimes(file.requireVariable("epoch_quality_flags"));
        QCOMPARE(minutes.size(), std::size_t(1440));
        QCOMPARE(minutes[1] - minutes[0], std::int64_t(60'000'000'000));

        const auto range = timeRange(file);
        QVERIFY(range);
        QCOMPARE(range->first, times.front());
    }

    void aVersion2ColumnMajorFileReadsItsTimesTwoWays()
    {
        // ACE SIS, CDF 2.5, column major, big-endian: Epoch (CDF_EPOCH) and Time_PB5 (year, day, second) agree.
        const CdfFile file = CdfFile::open(cdf("ac_h2_sis_20101105_v06.cdf"));
        QCOMPARE(file.majorVersion(), 2);
        QVERIFY(!file.rowMajor());
        QCOMPARE(file.byteOrder(), ByteOrder::Big);
        const std::vector<std::int64_t> epoch = file.readTimes(file.requireVariable("Epoch"));
        const std::vector<double> pb5 = file.readNumbers(file.requireVariable("Time_PB5"));
        QCOMPARE(epoch.size(), std::size_t(24));
        QCOMPARE(pb5.size(), std::size_t(72));
        for (std::size_t r = 0; r < 24; ++r) {
            QCOMPARE(pb5[3 * r], 2010.0);
            QCOMPARE(pb5[3 * r + 1], 309.0);  // 5 November
            const hb::UtcTime t = hb::UtcTime::fromCivil(2010, 11, 5) ;
            QCOMPARE(epoch[r], hb::tt2000FromUtc(hb::UtcTime{t.nanoseconds + static_cast<std::int64_t>(pb5[3 * r + 2]) * 1'000'000'000}));
        }
        const std::vector<std::string> bands = file.readText(file.requireVariable("label_ebands_flux_He"));
        QCOMPARE(bands.size(), std::size_t(8));
        QCOMPARE(bands.front(), std::string("  flux_He 3.4-4.7"));
        QCOMPARE(file.requireVariable("flux_He").shape(), std::vector<std::int32_t>{8});
    }

    void wholeFileAndPerVariableCompressionHoldTheSameValues()
    {
        const CdfFile whole = CdfFile::open(cdf("a_compressed_cdf.cdf"));
        const CdfFile perVariable = CdfFile::open(cdf("a_cdf_with_compressed_vars.cdf"));
        QCOMPARE(whole.fileCompression(), Compression::Gzip);
        QCOMPARE(perVariable.fileCompression(), Compression::None);
        QVERIFY(perVariable.requireVariable("var").compression != Compression::None);
        QCOMPARE(whole.variables().size(), perVariable.variables().size());
        for (const CdfVariable& a : whole.variables()) {
            const CdfVariable& b = perVariable.requireVariable(a.name);
            QCOMPARE(a.type, b.type);
            QCOMPARE(a.recordCount(), b.recordCount());
            std::vector<std::uint8_t> rawA(a.recordCount() * a.recordBytes()), rawB(rawA.size());
            whole.readRaw(a, 0, -1, rawA.data());
            perVariable.readRaw(b, 0, -1, rawB.data());
            QVERIFY2(rawA == rawB, a.name.c_str());
        }
    }

    void everyTypeAndShapeOfTheTestFileReads()
    {
        const CdfFile file = CdfFile::open(cdf("a_cdf_with_compressed_vars.cdf"));
        const std::vector<double> var = file.readNumbers(file.requireVariable("var"));
        QCOMPARE(var.size(), std::size_t(101));
        QCOMPARE(var.front(), 1.0);
        // Counters in row-major order: record r of a 3 x 5 variable holds 15 r .. 15 r + 14.
        for (const char* name : {"var2d_counter", "var3d_counter", "var5d_counter"}) {
            const std::vector<double> counter = file.readNumbers(file.requireVariable(name));
            for (std::size_t i = 0; i < counter.size(); ++i)
                QCOMPARE(counter[i], static_cast<double>(i));
        }
        QCOMPARE(file.requireVariable("var5d_counter").shape(), (std::vector<std::int32_t>{5, 4, 3, 2}));
        QCOMPARE(file.readText(file.requireVariable("var3d_string")),
                 (std::vector<std::string>{"value[00]", "value[01]", "value[10]", "value[11]"}));
        QCOMPARE(file.readText(file.requireVariable("var_recvary_string")), (std::vector<std::string>{"001", "002", "003"}));
        QCOMPARE(file.readText(file.requireVariable("var_string_uchar")), std::vector<std::string>{"This is a string"});
        QCOMPARE(file.readText(file.requireVariable("empty_var_recvary_string")).size(), std::size_t(0));
        QCOMPARE(file.readNumbers(file.requireVariable("zeros")), std::vector<double>(2048, 0.0));
        QCOMPARE(file.readNumbers(file.requireVariable("bytes")), std::vector<double>(10, 1.0));
        // EPOCH and EPOCH16 hold the same instants.
        QCOMPARE(file.readTimes(file.requireVariable("epoch")), file.readTimes(file.requireVariable("epoch16")));
        // Attributes of several entries and types.
        const auto& globals = file.globalAttributes();
        const auto multi = std::find_if(globals.begin(), globals.end(), [](const auto& g) { return g.first == "attr_multi"; });
        QVERIFY(multi != globals.end());
        QCOMPARE(multi->second.size(), std::size_t(3));
        QCOMPARE(multi->second[2].text, std::string("hello"));
        QCOMPARE(file.globalText("attr"), std::string("a cdf text attribute"));
    }

    void masterFilesGiveTheirIstpAttributesAndNoRecords()
    {
        const CdfFile ace = CdfFile::open(cdf("ac_h0_mfi_00000000_v01.cdf"));
        const CdfVariable& b = ace.requireVariable("BGSEc");
        QVERIFY(!b.zVariable);
        QCOMPARE(b.recordCount(), std::int64_t(0));
        QCOMPARE(ace.readNumbers(b).size(), std::size_t(0));
        QCOMPARE(b.attributeText("DEPEND_0"), std::string("Epoch"));
        QCOMPARE(b.attributeText("LABL_PTR_1"), std::string("label_BGSE"));
        QCOMPARE(b.attributeText("VAR_TYPE"), std::string("data"));
        QCOMPARE(b.attribute("FILLVAL")->numbers.front(), static_cast<double>(-1e31f));
        QCOMPARE(ace.readText(ace.requireVariable("label_BGSE")).size(), std::size_t(3));
        QVERIFY(!timeRange(ace));
        const CdfFile themis = CdfFile::open(cdf("thg_l2_mag_mek_00000000_v01.cdf"));
        QVERIFY(themis.rowMajor());
        QCOMPARE(themis.requireVariable("thg_mag_mek").shape(), std::vector<std::int32_t>{3});
        QCOMPARE(themis.requireVariable("thg_mag_mek_epoch0").recordCount(), std::int64_t(1));
    }

    void aVariableReadsAsASeriesAndDaysJoinWithoutOverlap()
    {
        const CdfFile file = CdfFile::open(cdf("psp_fld_l2_mag_rtn_1min_20200104_v02.cdf"));
        std::vector<std::string> warnings;
        const hb::TimeSeries series = readSeries(file, "psp_fld_l2_mag_RTN_1min", &warnings);
        QCOMPARE(series.size(), std::size_t(118));
        QCOMPARE(series.columns().size(), std::size_t(3));
        QCOMPARE(series.columns()[1].name, std::string("B_T"));
        QCOMPARE(series.columns()[1].unit, std::string("nT"));
        QVERIFY(series.columns()[1].singlePrecision);
        QVERIFY(std::isnan(series.columns()[0].values[0]));
        QCOMPARE(series.quality()[0] & hb::qualityBit(hb::SampleQuality::Fill), hb::qualityBit(hb::SampleQuality::Fill));
        QCOMPARE(series.quality()[1], std::uint8_t(0));
        QVERIFY(warnings.empty());
        // The same day twice: once in the join; a later half-day starts a second file.
        const hb::TimeSeries again = readSeries(file, "psp_fld_l2_mag_RTN_1min");
        const hb::TimeSeries joined = joinSeries({series, again});
        QCOMPARE(joined.size(), std::size_t(118));
        QCOMPARE(joined.fileStarts(), (std::vector<std::size_t>{0, 118}));
        QVERIFY_THROWS_EXCEPTION(hb::Error, readSeries(file, "label_RTN"));
        QVERIFY_THROWS_EXCEPTION(hb::Error, readSeries(file, "no_such_variable"));
    }

    void timesCrossLeapSecondsAndDays()
    {
        // CDF_EPOCH counts no leap seconds, TT2000 does: the last millisecond of 2016 and the
        // first of 2017 are 1.001 s apart in TT2000 (23:59:60 came between them).
        const double firstOf2017 = (1483228800.0 + 62167219200.0) * 1000.0;
        QCOMPARE(tt2000FromEpoch(firstOf2017), std::int64_t(536500869184000000));
        QCOMPARE(tt2000FromEpoch(firstOf2017) - tt2000FromEpoch(firstOf2017 - 1.0), std::int64_t(1'001'000'000));
        // A day boundary with no leap second: 1 ms apart.
        const double firstOf2016 = (1451606400.0 + 62167219200.0) * 1000.0;
        QCOMPARE(tt2000FromEpoch(firstOf2016) - tt2000FromEpoch(firstOf2016 - 1.0), std::int64_t(1'000'000));
        QCOMPARE(tt2000FromEpoch16(firstOf2017 / 1000.0, 5e11), tt2000FromEpoch(firstOf2017) + 500'000'000);
        QCOMPARE(tt2000FromEpoch(-1e31), CdfFile::kTimeFill);
        QCOMPARE(tt2000FromEpoch(0.0), CdfFile::kTimeFill);  // year 0: the default pad, no time
    }

    void damagedFilesAreRefusedNamingTheProblem()
    {
        expectRefused("psp_fld_l2_mag_rtn_1min_20200104_v02.cdf", [](auto& b) { b[0] = 'X'; }, "magic number");
        expectRefused("psp_fld_l2_mag_rtn_1min_20200104_v02.cdf", [](auto& b) { b.resize(b.size() / 2); }, "past the end");
        expectRefused("psp_fld_l2_mag_rtn_1min_20200104_v02.cdf", [](auto& b) { b.resize(6); }, "too short");
        // A record index whose next points back at itself.
        expectRefused("psp_fld_l2_mag_rtn_1min_20200104_v02.cdf",
                      [](auto& b) {
                          const auto gdr = static_cast<std::size_t>(be64(b, 8 + 12));   // the CDR's GDR offset
                          const auto vdr = static_cast<std::size_t>(be64(b, gdr + 20));  // the first zVDR
                          const auto vxr = static_cast<std::size_t>(be64(b, vdr + 28));  // its VXRhead
                          QCOMPARE(be32(b, vxr + 8), 6);
                          putBe(b, vxr + 12, vxr, 8);
                      },
                      "loops back");
        // A record count no file of this size can hold.
        expectRefused("psp_fld_l2_mag_rtn_1min_20200104_v02.cdf",
                      [](auto& b) {
                          for (const std::size_t vdr : recordsOfType(b, 8))
                              if (std::memcmp(b.data() + vdr + 84, "psp_fld_l2_mag_RTN_1min", 24) == 0)
                                  putBe(b, vdr + 24, 0x7FFFFFFF, 4);
                      },
                      "more than HelioBench reads at once");
        // Compressed blocks that claim to expand one byte into kilobytes.
        expectRefused("a_cdf_with_compressed_vars.cdf",
                      [](auto& b) {
                          for (const std::size_t cvvr : recordsOfType(b, 13))
                              putBe(b, cvvr + 16, 1, 8);
                      },
                      "more than GZIP can");
        // Damaged GZIP data in a block.
        expectRefused("a_cdf_with_compressed_vars.cdf",
                      [](auto& b) {
                          const std::size_t cvvr = recordsOfType(b, 13).front();
                          for (std::size_t i = 0; i < 16; ++i)
                              b[cvvr + 30 + i] ^= 0x5A;
                      },
                      "GZIP");
    }

    // Random byte damage anywhere: each copy is read whole or refused with hb::Error, never a
    // crash, a hang or another exception (the sanitizer build checks the memory side).
    void randomDamageIsReadOrRefused()
    {
        std::mt19937_64 random(std::random_device{}());
        int refused = 0, read = 0;
        for (const char* name : {"psp_fld_l2_mag_rtn_1min_20200104_v02.cdf", "a_compressed_cdf.cdf", "ac_h2_sis_20101105_v06.cdf"}) {
            const std::vector<std::uint8_t> original = bytesOf(cdf(name));
            for (int copy = 0; copy < 60; ++copy) {
                std::vector<std::uint8_t> bytes = original;
                const int flips = 1 + static_cast<int>(random() % 8);
                for (int f = 0; f < flips; ++f)
                    bytes[8 + random() % (bytes.size() - 8)] = static_cast<std::uint8_t>(random());
                const std::string path = scratch("random.cdf");
                writeBytes(path, bytes);
                try {
                    readEverything(CdfFile::open(path));
                    ++read;
                } catch (const hb::Error&) {
                    ++refused;
                }
            }
        }
        QCOMPARE(read + refused, 180);
    }
};

QTEST_GUILESS_MAIN(TestCdfReader)
#include "tst_cdf_reader.moc"
