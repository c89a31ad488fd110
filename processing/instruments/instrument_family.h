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

// A named rectangle of a detector's full readout, in 0-based pixel columns and rows of the
// array as stored: the image area, prescan, overscan, the columns a bias is measured in.
struct DetectorRegion {
    std::string name;  // "image", "prescan", "prescan bias", "parallel overscan", "serial overscan"
    int column = 0, row = 0, width = 0, height = 0;
    int endColumn() const noexcept { return column + width; }
    int endRow() const noexcept { return row + height; }
};

// Everything one instrument family knows, in its own folder (processing/instruments/<family>/):
// which detectors are its own, how its headers and file names read, how its frames are shown,
// which shipped pipeline takes them to Level 1, the layout of its detectors' readout, and its
// steps. A family is added by its folder
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
    // The regions of the detector's full readout (for frames that carry prescan and overscan);
    // empty when its files hold the image area only.
    virtual std::vector<DetectorRegion> readoutLayout(const std::string& detector) const;

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
std::vector<DetectorRegion> readoutLayoutFor(const std::string& detector);
// The region called `name` in `layout`, or null.
const DetectorRegion* findRegion(const std::vector<DetectorRegion>& layout, std::string_view name);

} // namespace hb::instruments
