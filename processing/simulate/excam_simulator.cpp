#include "simulate/excam_simulator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace hb::simulate {

namespace {

// Detector parameters (shared/data/excam/excam_config.yaml and config_file.yaml).
constexpr double kElectronsPerDn = 9.55;
constexpr double kReadNoiseElectrons = 110.0;
constexpr double kClockInducedCharge = 0.016;  // e- per pixel per frame
constexpr double kDarkElectronsPerSecond = 3.1e-4;
constexpr double kFullWellEm = 100000.0;       // e-, EM register
constexpr double kBiasDn = 1800.0;             // chosen: a plausible offset well inside 16 bits
constexpr double kEmGain = 1000.0;
constexpr double kExposureSeconds = 5.0;

std::string compactTime(UtcTime t)
{
    const CivilTime c = toCivil(t);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dt%02d%02d%02d%03d", c.year, c.month, c.day, c.hour, c.minute,
                  static_cast<int>(c.second), static_cast<int>((c.second - std::floor(c.second)) * 1000.0 + 0.5) % 1000);
    return buf;
}

// Mean photo-electrons per pixel in the image area: a dark hole (annulus 3..9 lambda/D) with
// speckles and a bright residual core outside it.
double sceneElectrons(int x, int y, double exposure)
{
    const double cx = 512.0, cy = 512.0;
    const double r = std::hypot(x - cx, y - cy) / 40.0;  // ~40 pixels per lambda/D at this scale
    double rate = 0.02 * std::exp(-r / 6.0);             // e-/s: smooth halo
    if (r < 2.8)
        rate += 5.0 * std::exp(-r * r);
    const double speckle = 0.5 + 0.5 * std::cos(0.37 * x) * std::cos(0.41 * y);
    if (r >= 3.0 && r <= 9.0)
        rate *= 0.05 * (0.3 + speckle);  // the dark hole
    return rate * exposure;
}

} // namespace

ExcamExposure simulateExcamFrame(UtcTime start, int index, RandomStream& rng)
{
    using G = instruments::ExcamLayout;
    ExcamExposure out;
    Image dn(G::kCols, G::kRows);
    const double readNoiseDn = kReadNoiseElectrons / kElectronsPerDn;
    // Bias with a fixed row pattern (the same every frame) plus read noise.
    for (int y = 0; y < G::kRows; ++y) {
        const double rowOffset = 3.0 * std::sin(y * 0.05) + 1.5 * std::sin(y * 0.31);
        for (int x = 0; x < G::kCols; ++x)
            dn.at(x, y) = static_cast<float>(kBiasDn + rowOffset + readNoiseDn * rng.normal());
    }
    // Image area: Poisson photo-electrons + dark + CIC through the gamma-distributed EM gain.
    long long totalElectrons = 0;
    for (int y = 0; y < G::kImageSize; ++y) {
        for (int x = 0; x < G::kImageSize; ++x) {
            const double mean = sceneElectrons(x, y, kExposureSeconds) + kDarkElectronsPerSecond * kExposureSeconds + kClockInducedCharge;
            const double electrons = rng.poisson(mean);
            totalElectrons += static_cast<long long>(electrons);
            const double amplified = electrons > 0 ? std::min(kFullWellEm, rng.gamma(electrons, kEmGain)) : 0.0;
            dn.at(G::kImageCol + x, G::kImageRow + y) += static_cast<float>(amplified / kElectronsPerDn);
        }
    }
    // Cosmic rays: a saturated head and an exponential tail along the serial (column) direction.
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    const int crCount = static_cast<int>(rng.poisson(6.0));
    for (int c = 0; c < crCount; ++c) {
        const int x = rng.integer(0, G::kImageSize - 1), y = rng.integer(0, G::kImageSize - 1);
        const int tail = rng.integer(20, 120);
        for (int k = 0; k <= tail && G::kImageCol + x + k < G::kCols; ++k) {
            const double electrons = kFullWellEm * std::exp(-k / (tail / 4.0));
            float& v = dn.at(G::kImageCol + x + k, G::kImageRow + y);
            v = static_cast<float>(std::min<double>(v + electrons / kElectronsPerDn, kBiasDn + kFullWellEm / kElectronsPerDn));
        }
        hits.push_back({x, y, tail});
    }
    for (float& v : dn.pixels())
        v = std::clamp(std::round(v), 0.0f, 65535.0f);

    const UtcTime end{start.nanoseconds + static_cast<std::int64_t>(kExposureSeconds * 1e9)};
    const std::string visit = "0200001001001001001";
    out.fileName = "cgi_" + visit + "_" + compactTime(start) + "_l1_.fits";

    Header& p = out.primary;
    p.append(HeaderCard::string("VISITID", visit));
    p.append(HeaderCard::string("CDMSVERS", "2.1.0"));
    p.append(HeaderCard::logical("MOCK", true, "simulated by HelioBench"));
    p.append(HeaderCard::string("TELESCOP", "ROMAN"));
    p.append(HeaderCard::string("INSTRUME", "CGI"));
    p.append(HeaderCard::string("DETECTOR", "EXCAM"));
    p.append(HeaderCard::string("ORIGIN", "HelioBench simulator"));
    p.append(HeaderCard::string("FILETIME", end.toIso(3)));
    p.append(HeaderCard::integer("DATAVERS", 1));
    p.append(HeaderCard::string("TARGET", "SIMULATED STAR"));
    p.append(HeaderCard::string("FILENAME", out.fileName));
    p.append(HeaderCard::string("OBSNAME", "SCI"));

    Header& h = out.frame.header;
    h.append(HeaderCard::string("BUNIT", "DN"));
    h.append(HeaderCard::string("ARRTYPE", "SCI"));
    h.append(HeaderCard::string("SCTSRT", start.toIso(3)));
    h.append(HeaderCard::string("SCTEND", end.toIso(3)));
    h.append(HeaderCard::number("EXPTIME", kExposureSeconds));
    h.append(HeaderCard::number("EMGAIN_C", kEmGain));
    h.append(HeaderCard::number("EMGAIN_A", kEmGain));
    h.append(HeaderCard::number("KGAINPAR", kElectronsPerDn));
    h.append(HeaderCard::integer("ISPC", 0));
    h.append(HeaderCard::string("DATETIME", start.toIso(3)));
    h.append(HeaderCard::string("FTIMEUTC", end.toIso(3)));
    h.append(HeaderCard::string("DATALVL", "L1"));
    h.append(HeaderCard::integer("MISSING", 0));
    h.addHistory("HelioBench simulate: synthetic EXCAM L1 frame; truth in " + out.fileName + ".truth.json");

    out.truth = {{"kind", "excam"},
                 {"bias_dn", kBiasDn},
                 {"em_gain", kEmGain},
                 {"k_gain_e_per_dn", kElectronsPerDn},
                 {"read_noise_e", kReadNoiseElectrons},
                 {"cic_e", kClockInducedCharge},
                 {"dark_e_per_s", kDarkElectronsPerSecond},
                 {"exptime", kExposureSeconds},
                 {"photo_electrons_total", totalElectrons},
                 {"image_region", {{"row", G::kImageRow}, {"col", G::kImageCol}, {"size", G::kImageSize}}},
                 {"cosmic_rays", {{"columns", {"x", "y", "tail"}}, {"rows", hits}}},
                 {"frame_index", index}};
    out.frame.image = std::move(dn);
    return out;
}

} // namespace hb::simulate
