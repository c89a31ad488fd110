// Roman Coronagraph EXCAM detector frames.
#include "instruments/excam/excam_layout.h"
#include "instruments/instrument_family.h"
#include "io/identify/mission_rules.h"

namespace hb::instruments {

namespace {

class ExcamFamily final : public InstrumentFamily {
public:
    std::string_view name() const noexcept override { return "EXCAM"; }
    std::vector<std::string> detectors() const override { return {"EXCAM"}; }
    bool readsHeader(const Header& header) const override
    {
        return io::headerMentions(header, "DETECTOR", "EXCAM") ||
               (io::headerMentions(header, "INSTRUME", "CGI") && io::headerMentions(header, "TELESCOP", "ROMAN"));
    }
    void readHeader(const Header& header, ObservationInfo& info) const override { io::readExcamHeader(header, info); }
    std::optional<io::FileNameHints> parseName(std::string_view name) const override { return io::parseExcamName(name); }
    std::vector<DetectorRegion> readoutLayout(const std::string&) const override { return excamReadoutLayout(); }
};

} // namespace

std::vector<DetectorRegion> excamReadoutLayout()
{
    using L = ExcamLayout;
    const int serialOverscanWidth = L::kCols - L::kSerialOverscanCol;
    return {
        {"image", L::kImageCol, L::kImageRow, L::kImageSize, L::kImageSize},
        {"prescan", 0, 0, L::kPrescanCols, L::kRows},
        {"prescan bias", L::kPrescanBiasFirst, 0, L::kPrescanBiasEnd - L::kPrescanBiasFirst, L::kRows},
        {"parallel overscan", L::kImageCol, L::kParallelOverscanRow, L::kSerialOverscanCol - L::kImageCol, L::kRows - L::kParallelOverscanRow},
        {"serial overscan", L::kSerialOverscanCol, 0, serialOverscanWidth, L::kRows},
    };
}

const InstrumentFamily& excamFamily()
{
    static const ExcamFamily family;
    return family;
}

} // namespace hb::instruments
