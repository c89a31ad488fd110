#pragma once

#include <fitsio.h>
#include <memory>
#include <string>
#include <string_view>

namespace hb::io {

struct FitsCloser {
    void operator()(fitsfile* f) const noexcept;
};
// Owns an open CFITSIO file; closing happens in the deleter, errors there are ignored
// (a read-only file has nothing to flush; writers close explicitly with closeFits()).
using FitsPtr = std::unique_ptr<fitsfile, FitsCloser>;

// Opens without CFITSIO's extended file-name syntax, so names with brackets or '+' work.
// Gzip-compressed files are decompressed by CFITSIO in memory.
FitsPtr openFitsForReading(const std::string& path);
FitsPtr createFits(const std::string& path);
// Closes and reports errors (flush failures), releasing ownership.
void closeFits(FitsPtr file, const std::string& path);

// Throws hb::Error with CFITSIO's message stack when status is non-zero.
void checkFits(int status, const std::string& path, std::string_view during);

} // namespace hb::io
