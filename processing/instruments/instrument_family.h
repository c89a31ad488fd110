#pragma once

#include "core/header.h"
#include "core/observation_info.h"
#include "io/naming/file_name_hints.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hb::steps {
class StepRegistry;
}

namespace hb::instruments {

// How a detector's frames are shown unless the scientist chose otherwise.
struct DisplayDefaults {
    std::string colormap = "gray";  // a render::colormap name
    double occulterRsun = 0;        // inner edge of the field of view; 0: none drawn
};

// Everything one instrument family knows, in its own folder (processing/instruments/<family>/):
// which detectors are its own, how its headers and file names read, how its frames are shown,
// which shipped pipeline takes them to Level 1, and its steps. A family is added by its folder
// alone: its family.cmake names its sources and the function that returns it, and the build
// lists it among the others (instruments/CMakeLists.txt).
class InstrumentFamily {
public:
    virtual ~InstrumentFamily() = default;
    virtual std::string_view name() const noexcept = 0;  // "SECCHI", "LASCO"
    // The DETECTOR values whose frames the family knows how to show and calibrate.
    virtual std::vector<std::string> detectors() const = 0;

    // True when this family reads `header` (the first family in order that says so does).
    virtual bool readsHeader(const Header& header) const;
    // Fills the ObservationInfo fields the header establishes, nothing else.
    virtual void readHeader(const Header& header, ObservationInfo& info) const;
    // What the family's naming convention says of a bare file name; nullopt when it does not follow it.
    virtual std::optional<io::FileNameHints> parseName(std::string_view name) const;

    virtual DisplayDefaults displayDefaults(const std::string& detector) const;
    // The file name of the shipped pipeline (resources/pipelines) for the detector; empty: none.
    virtual std::string defaultPipeline(const std::string& detector) const;
    virtual void registerSteps(steps::StepRegistry& registry) const;

    bool owns(std::string_view detector) const;
};

// Every family the build holds, in the order they are asked (header rules, step offer).
const std::vector<const InstrumentFamily*>& instrumentFamilies();
// The family whose detector this is, or null.
const InstrumentFamily* familyOfDetector(std::string_view detector);
// The family that reads this header, or null.
const InstrumentFamily* familyOfHeader(const Header& header);

// The answers for a detector of any family (defaults for detectors no family knows).
DisplayDefaults displayDefaultsFor(const std::string& detector);
std::string defaultPipelineFor(const std::string& detector);

} // namespace hb::instruments
