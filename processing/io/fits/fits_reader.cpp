#include "io/fits/fits_reader.h"

#include "core/error.h"
#include "io/fits/fits_handle.h"
#include "io/fits/inherited_cards.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <memory>

namespace hb::io {

namespace {

constexpr long long kFitsRecordBytes = 2880;


constexpr int kMaxAxes = 9;

// The header of the current HDU as cards. fits_convert_hdr2str presents a tile-compressed
// image as the image it stands for (BITPIX, NAXISn), not as the binary table that stores it.
Header readCurrentHeader(fitsfile* f, const std::string& path, bool tileCompressed)
{
    char* text = nullptr;
    int nkeys = 0;
    int status = 0;
    if (tileCompressed)
        fits_convert_hdr2str(f, 0, nullptr, 0, &text, &nkeys, &status);
    else
        fits_hdr2str(f, 0, nullptr, 0, &text, &nkeys, &status);
    std::unique_ptr<char, void (*)(char*)> owned(text, [](char* p) {
        int ignored = 0;
        if (p)
            fits_free_memory(p, &ignored);
    });
    checkFits(status, path, "reading the header");
    Header header(path);
    for (int i = 0; i < nkeys; ++i)
        header.append(HeaderCard::parse(std::string_view(text + static_cast<std::ptrdiff_t>(i) * 80, 80)));
    return header;
}

std::optional<ImageLayout> layoutOfCurrentHdu(fitsfile* f, const std::string& path, int hduIndex)
{
    int status = 0;
    int type = 0;
    fits_get_hdu_type(f, &type, &status);
    checkFits(status, path, "reading the HDU type");
    if (type != IMAGE_HDU)
        return std::nullopt;
    int bitpix = 0, naxis = 0;
    std::array<long, kMaxAxes> naxes{};
    fits_get_img_param(f, kMaxAxes, &bitpix, &naxis, naxes.data(), &status);
    checkFits(status, path, "reading the image dimensions");
    if (naxis > kMaxAxes)
        throw Error(path, "HDU " + std::to_string(hduIndex) + " has " + std::to_string(naxis)
                              + " axes; at most 9 are supported");
    ImageLayout layout;
    layout.hdu = hduIndex;
    layout.bitpix = bitpix;
    layout.axes.assign(naxes.begin(), naxes.begin() + naxis);
    layout.tileCompressed = fits_is_compressed_image(f, &status) != 0;
    return layout;
}

bool isImage(const ImageLayout& l)
{
    if (l.axes.size() < 2)
        return false;
    for (long n : l.axes)
        if (n <= 0)
            return false;
    return true;
}

// Moves to the requested HDU (or the first with an image) and returns its layout.
std::optional<ImageLayout> locateImage(fitsfile* f, const std::string& path, std::optional<int> requested)
{
    int status = 0;
    if (!requested) {
        // Most files keep the image in the primary HDU: answer without walking the file.
        if (auto layout = layoutOfCurrentHdu(f, path, 0); layout && isImage(*layout))
            return layout;
    }
    int numHdus = 0;
    fits_get_num_hdus(f, &numHdus, &status);
    checkFits(status, path, "counting the HDUs");
    if (requested) {
        if (*requested < 0 || *requested >= numHdus)
            throw Error(path, "HDU " + std::to_string(*requested) + " does not exist; the file has "
                                  + std::to_string(numHdus) + " HDU(s), numbered from 0");
        fits_movabs_hdu(f, *requested + 1, nullptr, &status);
        checkFits(status, path, "moving to HDU " + std::to_string(*requested));
        auto layout = layoutOfCurrentHdu(f, path, *requested);
        if (!layout || !isImage(*layout))
            throw Error(path, "HDU " + std::to_string(*requested) + " holds no image of two or more axes");
        return layout;
    }
    for (int i = 1; i < numHdus; ++i) {
        fits_movabs_hdu(f, i + 1, nullptr, &status);
        checkFits(status, path, "moving to HDU " + std::to_string(i));
        if (auto layout = layoutOfCurrentHdu(f, path, i); layout && isImage(*layout))
            return layout;
    }
    fits_movabs_hdu(f, 1, nullptr, &status);
    checkFits(status, path, "moving to the primary HDU");
    return std::nullopt;
}

bool isGzip(const std::string& path)
{
    std::FILE* fp = std::fopen(path.c_str(), "rb");
    if (!fp)
        return false;
    unsigned char magic[2] = {};
    const bool gz = std::fread(magic, 1, 2, fp) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    std::fclose(fp);
    return gz;
}

// How much of a plain image's data unit the file holds: a header is read whole before any data,
// so a download cut short still reads as a frame. Free at scan time: one stat of a file just opened.
void measureData(fitsfile* f, const std::string& path, ImageLayout& layout)
{
    if (layout.tileCompressed)
        return;  // CFITSIO reports short reads of these itself
    LONGLONG headStart = 0, dataStart = 0, dataEnd = 0;
    int status = 0;
    fits_get_hduaddrll(f, &headStart, &dataStart, &dataEnd, &status);
    checkFits(status, path, "locating the data unit");
    long long pixels = layout.axes.empty() ? 0 : 1;
    for (long n : layout.axes)
        pixels *= n;
    std::error_code ec;
    const auto size = static_cast<long long>(std::filesystem::file_size(path, ec));
    if (ec)
        return;
    const long long needed = pixels * (std::abs(layout.bitpix) / 8);
    if (size - dataStart < needed && isGzip(path))
        return;  // the sizes are of the decompressed file
    layout.dataBytes = needed;
    layout.presentBytes = std::clamp<long long>(size - dataStart, 0, needed);
}

FileHeader readHeaderAtImage(fitsfile* f, const std::string& path, std::optional<int> hdu)
{
    FileHeader out;
    out.image = locateImage(f, path, hdu);
    if (out.image)
        measureData(f, path, *out.image);
    const int current = out.image ? out.image->hdu : 0;
    out.header = readCurrentHeader(f, path, out.image && out.image->tileCompressed);
    if (current > 0) {
        int status = 0;
        fits_movabs_hdu(f, 1, nullptr, &status);
        checkFits(status, path, "moving to the primary HDU");
        appendInheritedCards(out.header, readCurrentHeader(f, path, false));
        fits_movabs_hdu(f, current + 1, nullptr, &status);
        checkFits(status, path, "moving back to the image HDU");
    }
    return out;
}

// CFITSIO's tile decoders read past their buffers on a corrupted bitstream (seen with a flipped
// byte in a RICE_1 tile under AddressSanitizer) and allocate whatever a damaged ZTILE asks for.
// Compressed HDUs of real archives carry CHECKSUM and DATASUM: when either does not match,
// refuse to decode instead of letting the decoder run off the end.
void checkCompressedDataSum(fitsfile* f, const std::string& path, const ImageLayout& layout)
{
    if (!layout.tileCompressed)
        return;
    int dataOk = 0, hduOk = 0, status = 0;
    fits_verify_chksum(f, &dataOk, &hduOk, &status);
    checkFits(status, path, "verifying the checksum of the compressed data");
    if (dataOk < 0 || hduOk < 0)
        throw Error(path, "the compressed image of HDU " + std::to_string(layout.hdu) + " fails its "
                              + (dataOk < 0 ? "DATASUM" : "CHECKSUM")
                              + " checksum: the file is corrupted; it was not decoded");
}

} // namespace

FileHeader readFitsHeader(const std::string& path, std::optional<int> hdu)
{
    FitsPtr f = openFitsForReading(path);
    return readHeaderAtImage(f.get(), path, hdu);
}

namespace {

// HelioBench products carry their MaskBits in an image extension named MASK (fits_writer.h):
// reading a product back gives the mask it was written with.
void readMaskExtension(fitsfile* f, const std::string& path, int imageHdu, Image& image)
{
    int status = 0;
    if (fits_movnam_hdu(f, IMAGE_HDU, const_cast<char*>("MASK"), 0, &status) != 0) {
        fits_clear_errmsg();
        return;
    }
    int hdu = 0;
    fits_get_hdu_num(f, &hdu);
    int naxis = 0;
    long axes[2] = {0, 0};
    fits_get_img_dim(f, &naxis, &status);
    fits_get_img_size(f, 2, axes, &status);
    if (status != 0 || hdu - 1 == imageHdu || naxis != 2 || axes[0] != image.width() || axes[1] != image.height()) {
        fits_clear_errmsg();
        return;  // not a mask of this image
    }
    std::vector<unsigned short> stored(image.pixelCount());
    long first[2] = {1, 1};
    fits_read_pix(f, TUSHORT, first, static_cast<LONGLONG>(stored.size()), nullptr, stored.data(), nullptr, &status);
    checkFits(status, path, "reading the MASK extension");
    auto mask = image.mask();
    for (std::size_t i = 0; i < mask.size(); ++i)
        mask[i] |= static_cast<MaskBits>(stored[i]);
}

} // namespace

Frame readFitsFrame(const std::string& path, const FitsReadOptions& options)
{
    FitsPtr f = openFitsForReading(path);
    FileHeader fh = readHeaderAtImage(f.get(), path, options.hdu);
    Frame frame;
    frame.header = std::move(fh.header);
    frame.info.path = path;
    if (!fh.image)
        return frame;
    const ImageLayout& layout = *fh.image;
    frame.info.hdu = layout.hdu;
    const long planes = layout.planes();
    if (options.plane < 0 || options.plane >= planes)
        throw Error(path, "plane " + std::to_string(options.plane) + " does not exist; the cube has "
                              + std::to_string(planes) + " plane(s), numbered from 0");
    checkCompressedDataSum(f.get(), path, layout);

    Image image(layout.width(), layout.height());
    std::array<long, kMaxAxes> first{};
    first.fill(1);
    long rest = options.plane;
    for (std::size_t axis = 2; axis < layout.axes.size(); ++axis) {
        first[axis] = 1 + rest % layout.axes[axis];
        rest /= layout.axes[axis];
    }
    // A file cut short gives the pixels it holds (in whole FITS records: CFITSIO reads records)
    // and the rest as missing; one cut before the plane has nothing to show.
    long long readable = static_cast<long long>(image.pixelCount());
    if (layout.cutShort()) {
        const long long bytesPerPixel = std::abs(layout.bitpix) / 8;
        const long long planeStart = static_cast<long long>(options.plane) * readable * bytesPerPixel;
        const long long wholeRecords = layout.presentBytes / kFitsRecordBytes * kFitsRecordBytes;
        readable = std::clamp<long long>((wholeRecords - planeStart) / bytesPerPixel, 0, readable);
        if (readable == 0)
            throw Error(path, describeCutShort(layout) + "; none of this image's pixels are in it");
        frame.header.addHistory("HelioBench: " + describeCutShort(layout) + "; the missing pixels are marked missing");
    }
    std::vector<char> isNull(image.pixelCount(), 1);
    int anyNull = 0;
    int status = 0;
    fits_read_pixnull(f.get(), TFLOAT, first.data(), static_cast<LONGLONG>(readable), image.pixels().data(), isNull.data(),
                      &anyNull, &status);
    checkFits(status, path, "reading the pixels");

    auto px = image.pixels();
    auto mask = image.mask();
    for (std::size_t i = 0; i < px.size(); ++i) {
        if (isNull[i] || !std::isfinite(px[i])) {
            px[i] = std::numeric_limits<float>::quiet_NaN();
            mask[i] |= bits(MaskBit::Missing);
        }
    }
    if (planes == 1)
        readMaskExtension(f.get(), path, layout.hdu, image);
    frame.image = std::move(image);
    frame.info.width = layout.width();
    frame.info.height = layout.height();
    frame.info.planes = static_cast<int>(planes);
    return frame;
}

} // namespace hb::io
