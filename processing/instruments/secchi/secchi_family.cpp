// STEREO SECCHI coronagraphs and EUV imager (the heliospheric imagers are the HI family).
#include "instruments/instrument_family.h"
#include "instruments/secchi/steps/secchi_steps.h"
#include "io/identify/mission_rules.h"

namespace hb::instruments {

namespace {

class SecchiFamily final : public InstrumentFamily {
public:
    std::string_view name() const noexcept override { return "SECCHI"; }
    std::vector<std::string> detectors() const override { return {"COR1", "COR2", "EUVI"}; }
    // Every SECCHI file, HI included: one header convention for the whole suite.
    bool readsHeader(const Header& header) const override { return io::headerMentions(header, "INSTRUME", "SECCHI"); }
    void readHeader(const Header& header, ObservationInfo& info) const override { io::readSecchiHeader(header, info); }
    std::optional<io::FileNameHints> parseName(std::string_view name) const override { return io::parseSecchiName(name); }
    DisplayDefaults displayDefaults(const std::string& detector) const override
    {
        if (detector == "EUVI")
            return {"secchi-euvi", 0};
        return {"secchi-cor", detector == "COR1" ? 1.4 : 2.5};
    }
    std::string defaultPipeline(const std::string&) const override { return "secchi-l1.json"; }
    void registerSteps(steps::StepRegistry& registry) const override { steps::registerSecchiSteps(registry); }
};

} // namespace

const InstrumentFamily& secchiFamily()
{
    static const SecchiFamily family;
    return family;
}

} // namespace hb::instruments
