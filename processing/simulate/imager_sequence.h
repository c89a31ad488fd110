#pragma once

#include "core/image.h"
#include "simulate/corona_scene.h"
#include "simulate/imager_model.h"
#include "simulate/random_stream.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace hb::simulate {

struct SkyPoint {
    double lonDeg, latDeg;
    double dnPerSecond;  // total flux of the point source
};

// Everything fixed for one simulated sequence of one imager at one size: geometry, the CME,
// the star field, the planet's track, the onboard mask blocks.
struct ImagerSequencePlan {
    const ImagerModel* model = nullptr;
    int size = 0;
    int binning = 1;          // CCD pixels per output pixel along one axis
    int onboardSum = 1;       // HI IPSUM side (2^(IPSUM-1)); 1 elsewhere
    ViewGeometry view;
    SkyMap sky;
    std::vector<float> staticScene;   // scene without the CME, relative units, per pixel
    std::vector<float> transmission;  // occulter and field-stop transmission, per pixel
    double signalScale = 1;   // DN/s per scene unit per output pixel
    CmeModel cme;
    double cmeStartHours = 0; // after the first frame
    std::vector<SkyPoint> stars;
    double starDriftDegPerHour = 1.0 / 24.0;  // the Sun moves about 1 degree a day against the stars
    bool hasPlanet = false;
    SkyPoint planet{};
    double planetDriftDegPerHour = 0;
    std::vector<std::pair<int, int>> onboardMaskBlocks;  // (column, row) of zeroed blocks, LASCO
    int maskBlockSize = 32;
};

ImagerSequencePlan planImagerSequence(const ImagerModel& model, int size, double durationHours, RandomStream& rng);

struct ImagerFrameRequest {
    double hours = 0;          // since the first frame
    int polarizerDegrees = -1; // -1: total brightness
    bool injectDefects = true; // missing blocks, corrupted rows (never on beacon images)
};

// HI readout smear parameters, as the simulator applies them and the header states them.
struct SmearTiming {
    double clearTime = 0.544, roDelay = 0.02376, lineClear = 0.000124, lineReadout = 0.00235;
};

struct ImagerFrame {
    Image dn;                 // stored values (raw DN, bias included; zeros where data are absent)
    nlohmann::ordered_json truth;
    int missingBlocks = 0;
    std::string missList;     // SECCHI MISSLIST text
    int saturatedPixels = 0;
    int cosmicRays = 0;
};

ImagerFrame synthesizeImagerFrame(const ImagerSequencePlan& plan, const ImagerFrameRequest& request, RandomStream& rng);

} // namespace hb::simulate
