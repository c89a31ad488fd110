#include "io/fits/fits_writer.h"

#include "core/error.h"
#include "io/atomic_output.h"
#include "io/fits/fits_handle.h"
#include "io/fits/header_sanitizer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <limits>
#include <vector>

namespace hb::io {

namespace {

struct TypeTraits {
    int bitpix;       // for fits_create_img (USHORT_IMG makes BITPIX 16 + BZERO 32768)
    double min, max;  // representable physical values
    long long blank;  // raw value marking undefined pixels
};

TypeTraits traitsOf(FitsPixelType t)
{
    switch (t) {
    case FitsPixelType::UInt16: return {USHORT_IMG, 0.0, 65535.0, 0};
    case FitsPixelType::Int16: return {SHORT_IMG, -32767.0, 32767.0, -32768};
    case FitsPixelType::Int32: return {LONG_IMG, -2147483647.0, 2147483647.0, -2147483647LL - 1};
    case FitsPixelType::Float32: break;
    }
    return {FLOAT_IMG, 0, 0, 0};
}

void writeCards(fitsfile* f, const std::vector<HeaderCard>& cards, const std::string& path)
{
    int status = 0;
    for (const HeaderCard& card : cards) {
        std::string image = card.image();
        fits_write_record(f, image.c_str(), &status);
        checkFits(status, path, "writing header card " + card.keyword);
    }
}

void writeImageData(fitsfile* f, const Image& image, const FitsWriteOptions& options, bool anyNan,
                    const std::string& path)
{
    const FitsPixelType type = options.pixelType;
    int status = 0;
    const auto n = static_cast<LONGLONG>(image.pixelCount());
    if (type == FitsPixelType::Float32) {
        // NaN is the FITS undefined value for floating point data: written as it is.
        std::vector<float> copy(image.pixels().begin(), image.pixels().end());
        fits_write_img(f, TFLOAT, 1, n, copy.data(), &status);
        checkFits(status, path, "writing the pixels");
        return;
    }
    const TypeTraits traits = traitsOf(type);
    // Physical value written for NaN: the raw BLANK value seen through BZERO (32768 for UInt16).
    const double bzero = type == FitsPixelType::UInt16 ? 32768.0 : 0.0;
    const long long blank = options.blank.value_or(type == FitsPixelType::UInt16 ? 0 : traits.blank);
    if (options.blank || (anyNan && type != FitsPixelType::UInt16)) {
        fits_write_key_lng(f, "BLANK", blank, "raw value of undefined pixels", &status);
        checkFits(status, path, "writing BLANK");
    }
    const double nanValue = options.blank ? static_cast<double>(blank) + bzero : (type == FitsPixelType::UInt16 ? 0.0 : static_cast<double>(blank));
    std::vector<double> values(image.pixelCount());
    std::transform(image.pixels().begin(), image.pixels().end(), values.begin(), [&](float v) {
        if (std::isnan(v))
            return nanValue;
        return std::clamp(std::round(static_cast<double>(v)), traits.min, traits.max);
    });
    fits_write_img(f, TDOUBLE, 1, n, values.data(), &status);
    checkFits(status, path, "writing the pixels");
}

// Cards the MASK extension repeats from the image so that it stands alone on the same grid:
// coordinates in viewers, and a valid map for readers (sunpy) that make one map per image HDU.
bool describesTheGrid(const std::string& keyword)
{
    static const char* const prefixes[] = {"CTYPE", "CUNIT", "CRPIX", "CRVAL", "CDELT", "CROTA", "WCSNAME"};
    for (const char* prefix : prefixes)
        if (keyword.rfind(prefix, 0) == 0)
            return true;
    if (keyword.size() > 2 && keyword.rfind("PC", 0) == 0 && std::isdigit(static_cast<unsigned char>(keyword[2])))
        return true;
    static const char* const observation[] = {"DATE-OBS", "DATE_OBS", "TIME-OBS", "MJD-OBS", "RSUN", "DSUN_OBS",
                                              "HGLN_OBS", "HGLT_OBS", "CRLN_OBS", "CRLT_OBS", "TELESCOP",
                                              "INSTRUME", "DETECTOR", "OBSRVTRY", "WAVELNTH", "FILTER"};
    return std::find(std::begin(observation), std::end(observation), keyword) != std::end(observation);
}

void writeMaskExtension(fitsfile* f, const Image& image, const std::vector<HeaderCard>& imageCards, const std::string& path)
{
    int status = 0;
    long axes[2] = {image.width(), image.height()};
    fits_create_img(f, USHORT_IMG, 2, axes, &status);
    checkFits(status, path, "creating the MASK extension");
    fits_write_key_str(f, "EXTNAME", "MASK", "per-pixel quality bits", &status);
    int bitIndex = 0;
    for (MaskBit b : kAllMaskBits) {
        const std::string key = "MASKB" + std::to_string(bitIndex++);
        const std::string name(maskBitName(b));
        fits_write_key_str(f, key.c_str(), name.c_str(), "meaning of bit (value 2**n)", &status);
    }
    checkFits(status, path, "writing the MASK keywords");
    std::vector<HeaderCard> grid;
    std::copy_if(imageCards.begin(), imageCards.end(), std::back_inserter(grid),
                 [](const HeaderCard& card) { return describesTheGrid(card.keyword); });
    writeCards(f, grid, path);
    std::vector<unsigned short> mask(image.mask().begin(), image.mask().end());
    fits_write_img(f, TUSHORT, 1, static_cast<LONGLONG>(mask.size()), mask.data(), &status);
    checkFits(status, path, "writing the mask");
}

} // namespace

void writeFitsFrame(const Frame& frame, const std::string& path, const FitsWriteOptions& options)
{
    const Image& image = frame.image;
    const bool anyNan = std::any_of(image.pixels().begin(), image.pixels().end(), [](float v) { return std::isnan(v); });
    AtomicOutput output(path, options.overwrite);
    {
        FitsPtr f = createFits(output.tempPath());
        int status = 0;
        const TypeTraits traits = traitsOf(options.pixelType);
        long axes[2] = {image.width(), image.height()};
        const int naxis = image.isEmpty() ? 0 : 2;

        if (options.primaryHeader) {
            fits_create_img(f.get(), BYTE_IMG, 0, nullptr, &status);
            checkFits(status, output.tempPath(), "creating the primary HDU");
            writeCards(f.get(), cardsForOutput(*options.primaryHeader, options.modernizeDates), path);
            if (options.stampDate)
                fits_write_date(f.get(), &status);
            if (options.writeChecksums)
                fits_write_chksum(f.get(), &status);
            checkFits(status, path, "finishing the primary HDU");
        }
        fits_create_img(f.get(), traits.bitpix, naxis, axes, &status);
        checkFits(status, path, "creating the image HDU");
        const std::vector<HeaderCard> imageCards = cardsForOutput(frame.header, options.modernizeDates);
        writeCards(f.get(), imageCards, path);
        if (options.stampDate) {
            fits_write_date(f.get(), &status);
            checkFits(status, path, "writing DATE");
        }
        if (naxis > 0)
            writeImageData(f.get(), image, options, anyNan, path);
        if (options.writeChecksums)
            fits_write_chksum(f.get(), &status);
        checkFits(status, path, "writing the checksum");
        if (options.writeMask && naxis > 0) {
            writeMaskExtension(f.get(), image, imageCards, path);
            if (options.writeChecksums)
                fits_write_chksum(f.get(), &status);
            checkFits(status, path, "writing the mask checksum");
        }
        closeFits(std::move(f), path);
    }
    output.commit();
}

} // namespace hb::io
