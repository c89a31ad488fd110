// heliobench-cli series: one variable of CDF files as a table, the files joined in time order.
#include "command_line.h"
#include "commands.h"
#include "input_files.h"

#include "core/error.h"
#include "core/json_text.h"
#include "core/csv_field.h"
#include "core/utc_time.h"
#include "io/atomic_output.h"
#include "io/cdf/cdf_series.h"
#include "io/cdf/cdf_signature.h"
#include "io/cdf/cdf_values.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>

namespace hb::cli {

namespace {

void writeCsv(std::ostream& out, const TimeSeries& series, std::size_t from, std::size_t to)
{
    out << "time";
    for (const TimeSeriesColumn& c : series.columns())
        out << ',' << csvField(c.name);
    out << '\n';
    for (std::size_t i = from; i < to; ++i) {
        out << utcFromTt2000(series.time()[i]).toIso(9);
        for (const TimeSeriesColumn& c : series.columns()) {
            out << ',';
            if (!std::isnan(c.values[i]))
                out << io::cdf::shortestText(c.values[i], c.singlePrecision);
        }
        out << '\n';
    }
}

void writeJson(std::ostream& out, const TimeSeries& series, std::size_t from, std::size_t to)
{
    for (std::size_t i = from; i < to; ++i) {
        nlohmann::ordered_json j{{"time", utcFromTt2000(series.time()[i]).toIso(9)}};
        for (const TimeSeriesColumn& c : series.columns())
            j[c.name] = std::isnan(c.values[i]) ? nlohmann::ordered_json(nullptr)
                                                 : nlohmann::ordered_json::parse(io::cdf::shortestText(c.values[i], c.singlePrecision));
        out << jsonText(j) << '\n';
    }
}

std::int64_t timeOption(const CommandLine& cl, const char* name, std::int64_t otherwise)
{
    const auto text = cl.value(name);
    if (!text)
        return otherwise;
    const auto t = UtcTime::parseIso(*text);
    if (!t)
        throw UsageError(std::string("--") + name + " takes an ISO time (2007-05-03T10:20:00), not '" + *text + "'");
    return tt2000FromUtc(*t);
}

} // namespace

int runSeries(const std::vector<std::string>& args, const steps::StepRegistry&)
{
    const CommandLine cl(args, {"overwrite"}, {"var", "format", "out", "start", "end"});
    if (cl.positional().empty())
        throw UsageError("series takes one or more CDF files or folders");
    const auto variable = cl.value("var");
    if (!variable)
        throw UsageError("series needs --var NAME (heliobench-cli info FILE.cdf lists the variables)");
    const std::string format = cl.value("format").value_or("csv");
    if (format != "csv" && format != "json")
        throw UsageError("--format is csv or json, not '" + format + "'");
    const std::int64_t start = timeOption(cl, "start", INT64_MIN), end = timeOption(cl, "end", INT64_MAX);

    // A file that cannot be read is reported and left out; the others still make the table.
    std::vector<std::string> cdfs;
    int failed = 0;
    for (const std::string& path : collectInputs(cl.positional())) {
        if (io::hasCdfSignature(path)) {
            cdfs.push_back(path);
        } else if (std::find(cl.positional().begin(), cl.positional().end(), path) != cl.positional().end()) {
            std::cerr << path << ": not a CDF file\n";
            ++failed;
        }
    }
    if (cdfs.empty())
        throw Error(cl.positional().front(), "no CDF file with variable " + *variable + " could be read");
    io::cdf::SeriesReadReport report;
    const auto tell = [&report] {
        for (const std::string& w : report.warnings)
            std::cerr << w.substr(0, w.find(": ")) << ": warning: " << w.substr(w.find(": ") + 2) << '\n';
        for (const std::string& e : report.errors)
            std::cerr << e << '\n';
    };
    TimeSeries series;
    try {
        series = io::cdf::readJoinedSeries(cdfs, *variable, &report);
    } catch (const Error&) {
        tell();  // why each file was left out, then that none was left
        throw;
    }
    tell();
    failed += static_cast<int>(report.errors.size());
    const auto& time = series.time();
    const std::size_t from = static_cast<std::size_t>(std::lower_bound(time.begin(), time.end(), start) - time.begin());
    const std::size_t to = static_cast<std::size_t>(std::upper_bound(time.begin(), time.end(), end) - time.begin());

    const auto write = [&](std::ostream& out) {
        if (format == "csv")
            writeCsv(out, series, from, std::max(from, to));
        else
            writeJson(out, series, from, std::max(from, to));
    };
    if (const auto out = cl.value("out")) {
        io::AtomicOutput output(*out, cl.has("overwrite"));
        {
            std::ofstream file(output.tempPath());
            write(file);
            if (!file.flush())
                throw Error(*out, "cannot write the table");
        }
        output.commit();
    } else {
        write(std::cout);
    }
    return failed ? 1 : 0;
}

} // namespace hb::cli
