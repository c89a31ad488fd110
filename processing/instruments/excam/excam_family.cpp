// Roman Coronagraph EXCAM detector frames.
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
};

} // namespace

const InstrumentFamily& excamFamily()
{
    static const ExcamFamily family;
    return family;
}

} // namespace hb::instruments
