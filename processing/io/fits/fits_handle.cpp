#include "io/fits/fits_handle.h"

#include "core/error.h"

namespace hb::io {

void FitsCloser::operator()(fitsfile* f) const noexcept
{
    int status = 0;
    fits_close_file(f, &status);
}

void checkFits(int status, const std::string& path, std::string_view during)
{
    if (status == 0)
        return;
    char text[FLEN_STATUS] = {};
    fits_get_errstatus(status, text);
    std::string detail;
    char message[FLEN_ERRMSG] = {};
    // CFITSIO keeps a per-thread stack of messages; the first ones are the most specific.
    while (fits_read_errmsg(message) != 0) {
        if (!detail.empty())
            detail += "; ";
        detail += message;
    }
    std::string problem = std::string(during) + " failed: " + text;
    if (!detail.empty())
        problem += " (" + detail + ")";
    throw Error(path, problem);
}

FitsPtr openFitsForReading(const std::string& path)
{
    fitsfile* f = nullptr;
    int status = 0;
    fits_clear_errmsg();
    fits_open_diskfile(&f, path.c_str(), READONLY, &status);
    if (status != 0) {
        if (f) {
            int ignored = 0;
            fits_close_file(f, &ignored);
        }
        checkFits(status, path, "opening the file as FITS");
    }
    return FitsPtr(f);
}

FitsPtr createFits(const std::string& path)
{
    fitsfile* f = nullptr;
    int status = 0;
    fits_clear_errmsg();
    fits_create_diskfile(&f, path.c_str(), &status);
    checkFits(status, path, "creating the FITS file");
    return FitsPtr(f);
}

void closeFits(FitsPtr file, const std::string& path)
{
    int status = 0;
    fits_close_file(file.release(), &status);
    checkFits(status, path, "closing the FITS file");
}

} // namespace hb::io
