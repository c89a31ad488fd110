#pragma once

#include "export/sequence_export.h"

#include <string>

namespace hb::exporting {

// Each exported frame as a cleaned FITS file in `folder` (named by io::productFileName), with
// the pipeline's HISTORY, mask and WCS. Files are written as frames are prepared, each atomically.
class FitsProductSink final : public SequenceSink {
public:
    FitsProductSink(std::string folder, bool overwrite) : m_folder(std::move(folder)), m_overwrite(overwrite) {}

    void checkOutput() const override;
    std::unique_ptr<SinkPiece> prepare(const Frame& frame, std::size_t position) const override;
    void add(std::unique_ptr<SinkPiece> piece, FrameRecord& record) override;
    void finish() override {}

private:
    std::string m_folder;
    bool m_overwrite;
};

} // namespace hb::exporting
