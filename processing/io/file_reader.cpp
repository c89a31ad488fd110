#include "io/file_reader.h"

#include "io/cdf/cdf_signature.h"
#include "core/error.h"
#include "io/fits/header_text_reader.h"
#include "io/fits/plain_header_reader.h"
#include "io/identify/identify.h"

#include <filesystem>
#include <system_error>

namespace hb::io {

namespace {
void requireReadableFile(const std::string& path)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        throw Error(path, "the file does not exist");
    if (std::filesystem::is_directory(status))
        throw Error(path, "this is a folder, not a file");
    if (std::filesystem::file_size(path, ec) == 0 && !ec)
        throw Error(path, "the file is empty");
}
} // namespace

bool isHeaderTextFile(const std::string& path)
{
    return std::filesystem::path(path).extension() == ".header";
}

FileHeader readFileHeader(const std::string& path)
{
    if (!isHeaderTextFile(path))
        if (auto fast = readPlainFitsHeader(path))
            return std::move(*fast);  // a readable, plain FITS file: no further checks needed
    requireReadableFile(path);
    if (isHeaderTextFile(path))
        return readHeaderText(path);
    return readFitsHeader(path);
}

Frame readFrame(const std::string& path, const FitsReadOptions& options)
{
    requireReadableFile(path);
    if (isHeaderTextFile(path)) {
        FileHeader fh = readHeaderText(path);
        Frame frame;
        frame.info = identify(fh, path);
        frame.header = std::move(fh.header);
        return frame;
    }
    if (hasCdfSignature(path))
        throw Error(path, "a NASA CDF file holds time series, not an image (heliobench-cli info lists its variables, "
                          "heliobench-cli series writes them as a table)");
    Frame frame = readFitsFrame(path, options);
    FileHeader fh{frame.header, std::nullopt};
    if (!frame.image.isEmpty()) {
        ImageLayout layout;
        layout.hdu = frame.info.hdu;
        layout.axes = {frame.info.width, frame.info.height};
        if (frame.info.planes > 1)
            layout.axes.push_back(frame.info.planes);
        fh.image = layout;
    }
    frame.info = identify(fh, path);
    return frame;
}

} // namespace hb::io
