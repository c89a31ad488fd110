// SOHO LASCO C2 and C3.
#include "instruments/instrument_family.h"
#include "instruments/lasco/steps/lasco_steps.h"
#include "io/identify/mission_rules.h"

namespace hb::instruments {

namespace {

class LascoFamily final : public InstrumentFamily {
public:
    std::string_view name() const noexcept override { return "LASCO"; }
    std::vector<std::string> detectors() const override { return {"C2", "C3"}; }
    bool readsHeader(const Header& header) const override { return io::headerMentions(header, "INSTRUME", "LASCO"); }
    void readHeader(const Header& header, ObservationInfo& info) const override { io::readLascoHeader(header, info); }
    std::optional<io::FileNameHints> parseName(std::string_view name) const override { return io::parseLascoName(name); }
    DisplayDefaults displayDefaults(const std::string& detector) const override
    {
        return detector == "C2" ? DisplayDefaults{"lasco-c2", 2.2} : DisplayDefaults{"lasco-c3", 3.7};
    }
    std::string defaultPipeline(const std::string&) const override { return "lasco-l1.json"; }
    void registerSteps(steps::StepRegistry& registry) const override { steps::registerLascoSteps(registry); }
};

} // namespace

const InstrumentFamily& lascoFamily()
{
    static const LascoFamily family;
    return family;
}

} // namespace hb::instruments
