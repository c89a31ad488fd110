// The CDF writer: what it writes, the reader reads back bit for bit, in the CDF 3 and the 2.6 layout.
#include "core/error.h"
#include "io/cdf/cdf_file.h"
#include "io/cdf/cdf_series.h"
#include "io/cdf/cdf_writer.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>

using namespace hb::io::cdf;

namespace {

template <typename T>
std::vector<std::uint8_t> bytesOf(const std::vector<T>& values)
{
    std::vector<std::uint8_t> out(values.size() * sizeof(T));
    std::memcpy(out.data(), values.data(), out.size());
    return out;
}

// A STEREO MAG L1-like day in small: Epoch, BFIELD (B_R, B_T, B_N, |B|) with fill values, labels.
std::vector<CdfVariableToWrite> magDay(std::int64_t records, bool gzip)
{
    CdfVariableToWrite epoch;
    epoch.name = "Epoch";
    epoch.type = DataType::Epoch;
    epoch.records = records;
    std::vector<double> ms;
    const double start = (1167609600.0 + 62167219200.0) * 1000.0;  // 2007-01-01
    for (std::int64_t r = 0; r < records; ++r)
        ms.push_back(start + 125.0 * static_cast<double>(r));
    epoch.values = bytesOf(ms);
    epoch.attributes = {{"FIELDNAM", textValue("Epoch")}, {"VAR_TYPE", textValue("support_data")}};

    CdfVariableToWrite field;
    field.name = "BFIELD";
    field.type = DataType::Real4;
    field.shape = {4};
    field.records = records;
    field.gzip = gzip;
    std::vector<float> b;
    for (std::int64_t r = 0; r < records; ++r) {
        const float x = 3.0f + 0.001f * static_cast<float>(r), y = -2.5f, z = 0.125f * static_cast<float>(r % 8);
        const bool fill = r % 97 == 5;
        for (const float v : {x, y, z, std::sqrt(x * x + y * y + z * z)})
            b.push_back(fill ? -1e31f : v);
    }
    field.values = bytesOf(b);
    field.attributes = {{"DEPEND_0", textValue("Epoch")},
                        {"LABL_PTR_1", textValue("label_B")},
                        {"UNITS", textValue("nT")},
                        {"FILLVAL", numberValue(DataType::Real4, {-1e31})},
                        {"VALIDMIN", numberValue(DataType::Real4, {-2000, -2000, -2000, 0})},
                        {"VALIDMAX", numberValue(DataType::Real4, {2000, 2000, 2000, 4000})},
                        {"VAR_TYPE", textValue("data")}};

    CdfVariableToWrite labels;
    labels.name = "label_B";
    labels.type = DataType::Char;
    labels.elements = 3;
    labels.shape = {4};
    labels.recordVarying = false;
    labels.records = 1;
    const std::string text = "B_RB_TB_N|B|";
    labels.values.assign(text.begin(), text.end());
    labels.attributes = {{"VAR_TYPE", textValue("metadata")}};
    return {epoch, field, labels};
}

const std::vector<std::pair<std::string, std::vector<CdfValue>>> kGlobals = {
    {"Project", {textValue("STEREO>Solar TErrestrial RElations Observatory")}},
    {"Source_name", {textValue("STA>STEREO Ahead")}},
    {"Logical_source", {textValue("sta_l1_mag_rtn")}},
    {"TEXT", {textValue("first line"), textValue("second line")}},
};

} // namespace

class TestCdfWriter : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string path(const char* name) { return m_dir.filePath(QString::fromLatin1(name)).toStdString(); }

    void roundTrip(const char* name, bool version26, bool gzip)
    {
        const auto written = magDay(2000, gzip);
        writeCdf(path(name), kGlobals, written, {.version26 = version26});
        const CdfFile file = CdfFile::open(path(name));
        QCOMPARE(file.majorVersion(), version26 ? 2 : 3);
        QVERIFY(file.rowMajor());
        QCOMPARE(file.variables().size(), written.size());
        for (const CdfVariableToWrite& w : written) {
            const CdfVariable& v = file.requireVariable(w.name);
            QCOMPARE(v.type, w.type);
            QCOMPARE(v.elements, w.elements);
            QCOMPARE(v.shape(), w.shape);
            QCOMPARE(v.recordVarying, w.recordVarying);
            QCOMPARE(v.recordCount(), w.records);
            QCOMPARE(v.compression, w.gzip ? Compression::Gzip : Compression::None);
            std::vector<std::uint8_t> back(w.values.size());
            file.readRaw(v, 0, -1, back.data());
            QVERIFY2(back == w.values, w.name.c_str());  // bit for bit
            for (const auto& [key, value] : w.attributes) {
                const CdfValue* read = v.attribute(key);
                QVERIFY2(read, key.c_str());
                QCOMPARE(read->type, value.type);
                if (value.type == DataType::Real4) {  // stored as floats: compare as floats
                    QCOMPARE(read->numbers.size(), value.numbers.size());
                    for (std::size_t i = 0; i < value.numbers.size(); ++i)
                        QCOMPARE(static_cast<float>(read->numbers[i]), static_cast<float>(value.numbers[i]));
                } else {
                    QCOMPARE(read->display(), value.display());
                }
            }
        }
        QCOMPARE(file.globalText("Source_name"), std::string("STA>STEREO Ahead"));
        const auto text = std::find_if(file.globalAttributes().begin(), file.globalAttributes().end(), [](const auto& g) { return g.first == "TEXT"; });
        QCOMPARE(text->second.size(), std::size_t(2));
        QCOMPARE(text->second[1].text, std::string("second line"));

        // The ISTP reading of what was written: fill as NaN, labels as column names, 8 Hz times.
        const hb::TimeSeries series = readSeries(file, "BFIELD");
        QCOMPARE(series.size(), std::size_t(2000));
        QCOMPARE(series.columns()[3].name, std::string("|B|"));
        QVERIFY(std::isnan(series.columns()[0].values[5]));
        QCOMPARE(series.columns()[1].values[6], -2.5);
        QCOMPARE(series.time()[1] - series.time()[0], std::int64_t(125'000'000));
    }

private slots:
    void aMagDayReadsBackBitForBitInCdf3() { roundTrip("v3.cdf", false, false); }
    void aCompressedMagDayReadsBackBitForBit() { roundTrip("v3gz.cdf", false, true); }
    void theCdf26LayoutReadsBackToo() { roundTrip("v26.cdf", true, true); }

    void everyTypeReadsBack()
    {
        std::vector<CdfVariableToWrite> variables;
        const auto add = [&](const char* name, DataType type, std::vector<std::uint8_t> values, std::int64_t records) {
            CdfVariableToWrite v;
            v.name = name;
            v.type = type;
            v.records = records;
            v.values = std::move(values);
            variables.push_back(std::move(v));
        };
        add("i1", DataType::Int1, bytesOf(std::vector<std::int8_t>{-128, 0, 127}), 3);
        add("u1", DataType::UInt1, bytesOf(std::vector<std::uint8_t>{0, 1, 255}), 3);
        add("i2", DataType::Int2, bytesOf(std::vector<std::int16_t>{-32768, 0, 32767}), 3);
        add("u2", DataType::UInt2, bytesOf(std::vector<std::uint16_t>{0, 1, 65535}), 3);
        add("i4", DataType::Int4, bytesOf(std::vector<std::int32_t>{INT32_MIN, 0, INT32_MAX}), 3);
        add("u4", DataType::UInt4, bytesOf(std::vector<std::uint32_t>{0, 1, UINT32_MAX}), 3);
        add("i8", DataType::Int8, bytesOf(std::vector<std::int64_t>{INT64_MIN, 0, INT64_MAX}), 3);
        add("r4", DataType::Real4, bytesOf(std::vector<float>{-1e31f, 0.1f, std::numeric_limits<float>::quiet_NaN()}), 3);
        add("r8", DataType::Double, bytesOf(std::vector<double>{-1e31, 0.1, 1e300}), 3);
        add("tt", DataType::TT2000, bytesOf(std::vector<std::int64_t>{536500869184000000, 0, INT64_MIN}), 3);
        add("e16", DataType::Epoch16, bytesOf(std::vector<double>{63650448000.0, 5e11, 63650448001.0, 0.0}), 2);
        writeCdf(path("types.cdf"), {}, variables);
        const CdfFile file = CdfFile::open(path("types.cdf"));
        for (const CdfVariableToWrite& w : variables) {
            const CdfVariable& v = file.requireVariable(w.name);
            std::vector<std::uint8_t> back(w.values.size());
            file.readRaw(v, 0, -1, back.data());
            QVERIFY2(back == w.values, w.name.c_str());
        }
        QCOMPARE(file.readTimes(file.requireVariable("tt"))[0], std::int64_t(536500869184000000));
        QCOMPARE(file.readTimes(file.requireVariable("tt"))[2], CdfFile::kTimeFill);
        QCOMPARE(file.readTimes(file.requireVariable("e16"))[0], std::int64_t(536500869184000000) + 500'000'000);
        QCOMPARE(file.readNumbers(file.requireVariable("i8"))[2], static_cast<double>(INT64_MAX));
    }

    void anExistingFileIsReplacedOnlyWhenAsked()
    {
        const auto day = magDay(10, false);
        writeCdf(path("once.cdf"), kGlobals, day);
        const auto size = std::filesystem::file_size(path("once.cdf"));
        QVERIFY_THROWS_EXCEPTION(hb::Error, writeCdf(path("once.cdf"), kGlobals, magDay(20, false)));
        QCOMPARE(std::filesystem::file_size(path("once.cdf")), size);
        writeCdf(path("once.cdf"), kGlobals, magDay(20, false), {.overwrite = true});
        QCOMPARE(CdfFile::open(path("once.cdf")).requireVariable("Epoch").recordCount(), std::int64_t(20));
        // Values that do not fill the records they claim are refused before anything is written.
        auto wrong = magDay(10, false);
        wrong[1].values.pop_back();
        QVERIFY_THROWS_EXCEPTION(hb::Error, writeCdf(path("wrong.cdf"), kGlobals, wrong));
        QVERIFY(!std::filesystem::exists(path("wrong.cdf")));
    }
};

QTEST_GUILESS_MAIN(TestCdfWriter)
#include "tst_cdf_writer.moc"
