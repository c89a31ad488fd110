// SOHO EIT and MDI, SDO AIA and HMI: context images beside the coronagraphs.
#include "instruments/instrument_family.h"
#include "io/identify/mission_rules.h"

namespace hb::instruments {

namespace {

class SohoSdoFamily final : public InstrumentFamily {
public:
    std::string_view name() const noexcept override { return "SOHO/SDO"; }
    std::vector<std::string> detectors() const override { return {"EIT", "MDI", "AIA", "HMI"}; }
    bool readsHeader(const Header& header) const override
    {
        return io::headerMentions(header, "INSTRUME", "EIT") || io::headerMentions(header, "TELESCOP", "EIT") ||
               io::headerMentions(header, "INSTRUME", "MDI") || io::headerMentions(header, "CONTENT", "MDI") ||
               io::headerMentions(header, "TELESCOP", "SDO/") || io::headerMentions(header, "INSTRUME", "AIA") ||
               io::headerMentions(header, "INSTRUME", "HMI");
    }
    void readHeader(const Header& header, ObservationInfo& info) const override { io::readSohoSdoHeader(header, info); }
    std::optional<io::FileNameHints> parseName(std::string_view name) const override { return io::parseSohoSdoName(name); }
};

} // namespace

const InstrumentFamily& sohoSdoFamily()
{
    static const SohoSdoFamily family;
    return family;
}

} // namespace hb::instruments
