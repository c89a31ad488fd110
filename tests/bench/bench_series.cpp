// Times the series foundation (DESIGN.md section 5): reading a 32 Hz MAG day, opening a month of
// days as one series, and its decimation pyramid. Prints one JSON object per mode.
// Usage: bench_series write32 FILE         a 32 Hz day (2,764,800 records) in the MAG L1 layout
//        bench_series read FILE            open + BFIELD into float32 / float64 / a TimeSeries
//        bench_series month FILE...        the days joined, the pyramid of each column, queries
#include "core/allocator_tuning.h"
#include "core/series_pyramid.h"
#include "io/cdf/cdf_file.h"
#include "io/cdf/cdf_series.h"
#include "io/cdf/cdf_writer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

using namespace hb::io::cdf;

namespace {

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

template <typename F>
double best(int repeat, F&& f)
{
    double b = 1e300;
    for (int r = 0; r < repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        f();
        b = std::min(b, seconds(start));
    }
    return b;
}

double residentMiB()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0);
}

int write32(const std::string& path)
{
    const std::int64_t records = 2764800;
    std::vector<double> epoch(static_cast<std::size_t>(records));
    std::vector<float> field(static_cast<std::size_t>(records) * 4);
    const double start = 63364089600000.0;  // 2008-12-12 as CDF_EPOCH
    for (std::int64_t r = 0; r < records; ++r) {
        epoch[static_cast<std::size_t>(r)] = start + 31.25 * static_cast<double>(r);
        const double t = static_cast<double>(r) * 1e-4;
        const float x = static_cast<float>(3 + std::sin(t)), y = static_cast<float>(-2 + std::cos(t)), z = static_cast<float>(0.5 * std::sin(3 * t));
        std::memcpy(&field[static_cast<std::size_t>(r) * 4], std::array<float, 4>{x, y, z, std::sqrt(x * x + y * y + z * z)}.data(), 16);
    }
    CdfVariableToWrite e{.name = "Epoch", .type = DataType::Epoch, .records = records};
    e.values.resize(epoch.size() * 8);
    std::memcpy(e.values.data(), epoch.data(), e.values.size());
    CdfVariableToWrite b{.name = "BFIELD", .type = DataType::Real4, .shape = {4}, .records = records};
    b.values.resize(field.size() * 4);
    std::memcpy(b.values.data(), field.data(), b.values.size());
    b.attributes = {{"DEPEND_0", textValue("Epoch")}, {"FILLVAL", numberValue(DataType::Real4, {-1e31})}, {"UNITS", textValue("nT")}};
    writeCdf(path, {{"Logical_source", {textValue("sta_l1_magb_rtn")}}}, {e, b}, {.version26 = true, .overwrite = true});
    const CdfFile file = CdfFile::open(path);
    const CdfVariable& v = file.requireVariable("BFIELD");
    // The values start after the VVR's size and type fields (4 + 4 bytes in CDF 2.6).
    std::printf("{\"records\": %lld, \"bfield_offset\": %llu}\n", static_cast<long long>(records),
                static_cast<unsigned long long>(v.blocks.front().offset + 8));
    return 0;
}

int read(const std::string& path)
{
    double check = 0;
    const double open = best(20, [&] { check += static_cast<double>(CdfFile::open(path).variables().size()); });
    std::vector<float> floats;
    const double asFloat = best(7, [&] {
        const CdfFile file = CdfFile::open(path);
        const CdfVariable& v = file.requireVariable("BFIELD");
        floats.resize(static_cast<std::size_t>(v.recordCount()) * 4);
        file.readRaw(v, 0, -1, reinterpret_cast<std::uint8_t*>(floats.data()));
        check += floats[floats.size() / 2];
    });
    const double asDouble = best(7, [&] {
        const CdfFile file = CdfFile::open(path);
        const std::vector<double> values = file.readNumbers(file.requireVariable("BFIELD"));
        check += values[values.size() / 2];
    });
    const double asSeries = best(5, [&] {
        const CdfFile file = CdfFile::open(path);
        const hb::TimeSeries s = readSeries(file, "BFIELD");
        check += s.columns().front().values[s.size() / 2];
    });
    std::printf("{\"open_ms\": %.3f, \"bfield_float32_ms\": %.2f, \"bfield_float64_ms\": %.2f, \"series_ms\": %.2f, "
                "\"values\": %zu, \"check\": %.3f}\n",
                open * 1e3, asFloat * 1e3, asDouble * 1e3, asSeries * 1e3, floats.size(), check);
    return 0;
}

int month(const std::vector<std::string>& paths)
{
    const double before = residentMiB();
    auto start = std::chrono::steady_clock::now();
    const hb::TimeSeries series = readJoinedSeries(paths, "BFIELD");
    const double openSeconds = seconds(start);
    const double rawMiB = static_cast<double>(series.size()) * (8.0 + 1.0 + 8.0 * static_cast<double>(series.columns().size())) / (1024.0 * 1024.0);
    const double afterOpen = residentMiB();

    start = std::chrono::steady_clock::now();
    std::vector<hb::SeriesPyramid> pyramids;
    const std::int64_t gap = 3 * series.cadence() / 2;
    for (const hb::TimeSeriesColumn& c : series.columns())
        pyramids.emplace_back(series.time(), c.values, gap);
    const double pyramidSeconds = seconds(start);
    std::size_t pyramidBytes = 0;
    for (const auto& p : pyramids)
        pyramidBytes += p.bytes();

    const auto query = [&](std::int64_t from, std::int64_t to, std::size_t& points) {
        return best(20, [&] {
            points = 0;
            for (std::size_t c = 0; c < pyramids.size(); ++c)
                points += pyramids[c].query(series.time(), series.columns()[c].values, from, to, 1600).value.size();
        });
    };
    const std::int64_t first = series.time().front(), last = series.time().back(), hour = 3600LL * 1000000000LL;
    std::size_t allPoints = 0, dayPoints = 0, hourPoints = 0;
    const double all = query(first, last, allPoints);
    const double day = query(first + 10 * 24 * hour, first + 11 * 24 * hour, dayPoints);
    const double oneHour = query(first + 240 * hour + hour / 2, first + 241 * hour + hour / 2, hourPoints);
    std::printf("{\"days\": %zu, \"samples\": %zu, \"columns\": %zu, \"open_s\": %.3f, \"raw_arrays_mib\": %.1f, "
                "\"resident_growth_mib\": %.1f, \"pyramid_s\": %.3f, \"pyramid_mib\": %.1f, "
                "\"query_month_ms\": %.3f, \"points_month\": %zu, \"query_day_ms\": %.3f, \"points_day\": %zu, "
                "\"query_hour_ms\": %.3f, \"points_hour\": %zu}\n",
                paths.size(), series.size(), series.columns().size(), openSeconds, rawMiB, afterOpen - before, pyramidSeconds,
                static_cast<double>(pyramidBytes) / (1024.0 * 1024.0), all * 1e3, allPoints, day * 1e3, dayPoints, oneHour * 1e3,
                hourPoints);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    hb::keepLargeBuffersForReuse();  // as heliobench and heliobench-cli run
    try {
        if (args.size() == 2 && args[0] == "write32")
            return write32(args[1]);
        if (args.size() == 2 && args[0] == "read")
            return read(args[1]);
        if (args.size() >= 2 && args[0] == "month")
            return month({args.begin() + 1, args.end()});
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "usage: bench_series write32 FILE | read FILE | month FILE...\n");
    return 2;
}
