#pragma once

#include "core/time_series.h"
#include "io/cdf/cdf_file.h"

#include <string>
#include <vector>

namespace hb::io::cdf {

// One variable of a CDF as a time series on its DEPEND_0 times, the ISTP way: one column per
// component, named from the LABL_PTR_1 variable (else NAME_0, NAME_1...), UNITS as the unit;
// FILLVAL (and NaN) as NaN with the Fill bit, values outside VALIDMIN .. VALIDMAX kept with
// their bit. Records whose time is a fill value, or not after the one before, are left out and
// counted in `warnings`. Throws hb::Error naming the file and the variable.
TimeSeries readSeries(const CdfFile& file, const std::string& variable, std::vector<std::string>* warnings = nullptr);

// Series of the same variable from several files in time order: a sample not after the last
// one kept (an overlap between days) is left out; fileStarts() says where each file begins.
TimeSeries joinSeries(std::vector<TimeSeries> parts);

struct SeriesReadReport {
    std::vector<std::string> warnings;  // "path: what"
    std::vector<std::string> errors;    // files left out, each message naming its file
};

// The variable of several files (a month of days) as one series, read straight into its arrays
// (memory: the series, not a copy per day), in time order, with overlaps removed as joinSeries
// removes them. With a report, a file that cannot be read is named there and left out; throws
// when no file can be read (without a report, at the first file that cannot).
TimeSeries readJoinedSeries(const std::vector<std::string>& paths, const std::string& variable, SeriesReadReport* report = nullptr);

} // namespace hb::io::cdf
