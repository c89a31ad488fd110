#include "instruments/instrument_family.h"

#include <algorithm>

namespace hb::instruments {

bool InstrumentFamily::readsHeader(const Header&) const
{
    return false;
}

void InstrumentFamily::readHeader(const Header&, ObservationInfo&) const {}

std::optional<io::FileNameHints> InstrumentFamily::parseName(std::string_view) const
{
    return std::nullopt;
}

DisplayDefaults InstrumentFamily::displayDefaults(const std::string&) const
{
    return {};
}

std::string InstrumentFamily::defaultPipeline(const std::string&) const
{
    return {};
}

void InstrumentFamily::registerSteps(steps::StepRegistry&) const {}

std::vector<DetectorRegion> InstrumentFamily::readoutLayout(const std::string&) const
{
    return {};
}

bool InstrumentFamily::owns(std::string_view detector) const
{
    const std::vector<std::string> own = detectors();
    return std::find(own.begin(), own.end(), detector) != own.end();
}

const InstrumentFamily* familyOfDetector(std::string_view detector)
{
    for (const InstrumentFamily* family : instrumentFamilies())
        if (family->owns(detector))
            return family;
    return nullptr;
}

const InstrumentFamily* familyOfHeader(const Header& header)
{
    for (const InstrumentFamily* family : instrumentFamilies())
        if (family->readsHeader(header))
            return family;
    return nullptr;
}

DisplayDefaults displayDefaultsFor(const std::string& detector)
{
    const InstrumentFamily* family = familyOfDetector(detector);
    return family ? family->displayDefaults(detector) : DisplayDefaults{};
}

std::string defaultPipelineFor(const std::string& detector)
{
    const InstrumentFamily* family = familyOfDetector(detector);
    return family ? family->defaultPipeline(detector) : std::string();
}

std::vector<DetectorRegion> readoutLayoutFor(const std::string& detector)
{
    const InstrumentFamily* family = familyOfDetector(detector);
    return family ? family->readoutLayout(detector) : std::vector<DetectorRegion>{};
}

const DetectorRegion* findRegion(const std::vector<DetectorRegion>& layout, std::string_view name)
{
    for (const DetectorRegion& region : layout)
        if (region.name == name)
            return &region;
    return nullptr;
}

} // namespace hb::instruments

namespace hb::io {

std::optional<FileNameHints> parseAnyName(std::string_view name)
{
    for (const instruments::InstrumentFamily* family : instruments::instrumentFamilies())
        if (auto hints = family->parseName(name))
            return hints;
    return std::nullopt;
}

} // namespace hb::io
