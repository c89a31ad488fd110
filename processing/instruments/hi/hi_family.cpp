// STEREO SECCHI heliospheric imagers HI-1 and HI-2: SECCHI headers (read by the SECCHI family),
// their own display, pipeline and (next) de-smearing steps.
#include "instruments/instrument_family.h"

namespace hb::instruments {

namespace {

class HiFamily final : public InstrumentFamily {
public:
    std::string_view name() const noexcept override { return "HI"; }
    std::vector<std::string> detectors() const override { return {"HI1", "HI2"}; }
    DisplayDefaults displayDefaults(const std::string&) const override { return {"secchi-hi", 0}; }
    std::string defaultPipeline(const std::string&) const override { return "secchi-hi-l1.json"; }
};

} // namespace

const InstrumentFamily& hiFamily()
{
    static const HiFamily family;
    return family;
}

} // namespace hb::instruments
