#include "export/fits_product_sink.h"

#include "core/error.h"
#include "io/fits/fits_writer.h"
#include "io/product_name.h"

#include <filesystem>

namespace hb::exporting {

namespace {
struct WrittenProduct final : SinkPiece {
    std::string path;
};
} // namespace

void FitsProductSink::checkOutput() const
{
    if (!std::filesystem::is_directory(m_folder))
        throw Error(m_folder, "is not a folder (cleaned products go there)");
}

std::unique_ptr<SinkPiece> FitsProductSink::prepare(const Frame& frame, std::size_t) const
{
    auto written = std::make_unique<WrittenProduct>();
    written->path = (std::filesystem::path(m_folder) / io::productFileName(frame.info.path)).string();
    io::writeFitsFrame(frame, written->path, {.overwrite = m_overwrite});
    return written;
}

void FitsProductSink::add(std::unique_ptr<SinkPiece> piece, FrameRecord& record)
{
    record.product = static_cast<WrittenProduct&>(*piece).path;
}

} // namespace hb::exporting
