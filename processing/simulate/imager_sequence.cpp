#include "simulate/imager_sequence.h"

#include "instruments/secchi/miss_list.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hb::simulate {

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kRsunArcsecAt1Au = 959.63;

double smoothstep(double x)
{
    x = std::clamp(x, 0.0, 1.0);
    return x * x * (3.0 - 2.0 * x);
}

// Fraction of the sky's light that reaches pixel k: the occulter (dark inside, a diffraction
// ramp over the first 0.4 Rsun outside) and the field stop.
double transmission(const ImagerModel& m, double rho)
{
    double t = 1.0;
    if (m.occulterRsun > 0)
        t *= smoothstep((rho - m.occulterRsun) / 0.4);
    if (m.outerRsun > 0 && rho > m.outerRsun)
        t *= std::exp(-(rho - m.outerRsun) / (0.02 * m.outerRsun));
    return t;
}

// The steady scene (relative units) at pixel k: corona (or EUV disk) through the optics, plus
// light scattered by the occulter where the corona is blocked.
double staticScene(const ImagerModel& m, double rho, double pa)
{
    if (m.kind == SimulationKind::Euvi)
        return euvDisk(rho, pa, -rho * std::sin(pa * kDeg), rho * std::cos(pa * kDeg));
    const double t = transmission(m, rho);
    const double scattered = m.occulterRsun > 0 ? (1.0 - t) * 0.003 * backgroundCorona(m.occulterRsun, pa) : 0.0;
    return backgroundCorona(rho, pa) * t + scattered;
}

void addPointSource(Image& rate, double x, double y, double total)
{
    constexpr double kSigma = 0.8;  // pixels
    constexpr int kHalf = 3;
    const int cx = static_cast<int>(std::lround(x)), cy = static_cast<int>(std::lround(y));
    const double norm = total / (2.0 * std::numbers::pi * kSigma * kSigma);
    for (int j = cy - kHalf; j <= cy + kHalf; ++j) {
        for (int i = cx - kHalf; i <= cx + kHalf; ++i) {
            if (i < 0 || j < 0 || i >= rate.width() || j >= rate.height())
                continue;
            const double d2 = (i - x) * (i - x) + (j - y) * (j - y);
            rate.at(i, j) += static_cast<float>(norm * std::exp(-0.5 * d2 / (kSigma * kSigma)));
        }
    }
}

// HI readout smear O = M T per column: every row also collects light while the other rows
// are cleared (rows above, weight LINE_CLR) or read out (rows below, weight LINE_RO).
void applySmear(Image& dn, const Image& rate, double expEff, double weight, const SmearTiming& timing)
{
    const int w = rate.width(), h = rate.height();
    std::vector<double> column(static_cast<std::size_t>(h));
    for (int i = 0; i < w; ++i) {
        double total = 0.0;
        for (int j = 0; j < h; ++j) {
            column[static_cast<std::size_t>(j)] = rate.at(i, j);
            total += rate.at(i, j);
        }
        double below = 0.0;
        for (int j = 0; j < h; ++j) {
            const double t = column[static_cast<std::size_t>(j)];
            const double above = total - below - t;
            dn.at(i, j) = static_cast<float>(expEff * t + weight * (timing.lineReadout * below + timing.lineClear * above));
            below += t;
        }
    }
}

// Saturated charge spills along the readout direction, filling neighbours to full well.
nlohmann::ordered_json bleedSaturation(Image& dn, double fullWell, bool alongColumns)
{
    nlohmann::ordered_json bleeds = nlohmann::ordered_json::array();
    const int lines = alongColumns ? dn.width() : dn.height();
    const int length = alongColumns ? dn.height() : dn.width();
    auto px = [&](int line, int pos) -> float& { return alongColumns ? dn.at(line, pos) : dn.at(pos, line); };
    for (int line = 0; line < lines; ++line) {
        double excess = 0.0;
        int first = -1, last = -1;
        for (int pos = 0; pos < length; ++pos) {
            if (px(line, pos) > fullWell) {
                excess += px(line, pos) - fullWell;
                px(line, pos) = static_cast<float>(fullWell);
                if (first < 0)
                    first = pos;
                last = pos;
            }
        }
        if (first < 0)
            continue;
        int lo = first, hi = last;
        while (excess > 0.0 && (lo > 0 || hi < length - 1)) {
            for (int* edge : {&lo, &hi}) {
                const int next = edge == &lo ? lo - 1 : hi + 1;
                if (next < 0 || next >= length || excess <= 0.0)
                    continue;
                const double room = fullWell - px(line, next);
                const double take = std::min(room, excess);
                px(line, next) += static_cast<float>(take);
                excess -= take;
                *edge = next;
            }
        }
        bleeds.push_back({{alongColumns ? "column" : "row", line}, {"from", lo}, {"to", hi}});
    }
    return bleeds;
}

} // namespace

ImagerSequencePlan planImagerSequence(const ImagerModel& m, int size, double durationHours, RandomStream& rng)
{
    ImagerSequencePlan p;
    p.model = &m;
    p.size = size;
    p.binning = std::max(1, m.fullSize / size);
    p.onboardSum = m.imagesSummed > 1 ? 2 : 1;  // HI science images are 2x2 summed onboard (IPSUM=2)
    // SECCHI telemetry blocks are 64 px in the stored (binned) image; LASCO's 32 px blocks
    // belong to the 1024 readout and shrink with binning.
    p.maskBlockSize = m.secchi ? m.missingBlockSize : std::max(8, m.missingBlockSize / p.binning);

    ViewGeometry& v = p.view;
    v.width = v.height = size;
    v.cdeltDegrees = m.cdeltDegreesFull * p.binning;
    if (m.centreElongation > 0) {
        // HI-A looks east of the Sun: the field centre is at negative helioprojective longitude.
        v.crpix1 = size / 2.0 + 0.5;
        v.crpix2 = size / 2.0 + 0.5;
        v.crval1 = -m.centreElongation;
        v.crval2 = 0.0;
        v.rollDegrees = 0.0;
    } else {
        // Sun centre a few full-resolution pixels off the image centre, as real pointing is.
        v.crpix1 = size / 2.0 + 0.5 + 3.2 / p.binning;
        v.crpix2 = size / 2.0 + 0.5 - 2.7 / p.binning;
        v.rollDegrees = m.secchi ? 0.0 : 180.0;  // LASCO L0.5 before 2010 is stored upside down
    }
    p.sky = computeSkyMap(v);

    // Scale so that the brightest background in the field reaches half of full well: raw
    // frames then use the detector's range the way real exposures do.
    const double fullWell = m.saturationDn * m.imagesSummed * p.onboardSum * p.onboardSum;
    p.staticScene.resize(p.sky.rho.size());
    p.transmission.resize(p.sky.rho.size());
    double brightest = 0.0;
    for (std::size_t k = 0; k < p.sky.rho.size(); ++k) {
        p.staticScene[k] = static_cast<float>(staticScene(m, p.sky.rho[k], p.sky.pa[k]));
        p.transmission[k] = static_cast<float>(transmission(m, p.sky.rho[k]));
        brightest = std::max(brightest, static_cast<double>(p.staticScene[k]));
    }
    p.signalScale = 0.5 * (fullWell - m.biasDn) / (brightest * m.exposureSeconds * m.imagesSummed);

    // A CME that enters the field a little after the start and crosses it during the sequence.
    const double inner = m.centreElongation > 0 ? 215.0 * std::sin((m.centreElongation - 9.0) * kDeg) : std::max(1.5, m.occulterRsun);
    const double outer = m.centreElongation > 0 ? 215.0 * std::sin(std::min(85.0, m.centreElongation + 9.0) * kDeg)
                                                : (m.outerRsun > 0 ? m.outerRsun : 1.6);
    p.cme.paDegrees = m.centreElongation > 0 ? 90.0 + rng.uniform(-10, 10) : rng.uniform(40, 140);
    p.cme.halfWidthDegrees = rng.uniform(20, 35);
    p.cme.startRsun = inner;
    p.cme.speedRsunPerHour = std::max(0.5, (outer - inner) / std::max(0.5, durationHours * 0.8));
    p.cme.thicknessRsun = 0.04 * (outer - inner) + 0.1;
    p.cmeStartHours = 0.15 * durationHours;

    for (int s = 0; s < m.starCount; ++s) {
        double lon = 0, lat = 0;
        pixelToSky(v, rng.uniform(0, size), rng.uniform(0, size), lon, lat);
        // Log-uniform fluxes: many faint stars, a few bright ones.
        const double brightness = std::pow(10.0, rng.uniform(-1.0, 1.5));
        p.stars.push_back({lon, lat, brightness * 0.02 * fullWell / (m.exposureSeconds * m.imagesSummed)});
    }
    if (m.hasPlanet) {
        p.hasPlanet = true;
        double lon = 0, lat = 0;
        if (m.occulterRsun > 0) {
            // West of the Sun at twice the occulter radius: in the field, clear of the occulter.
            lon = rng.uniform(1.8, 2.6) * m.occulterRsun * kRsunArcsecAt1Au / 3600.0;
            lat = rng.uniform(-0.3, 0.3) * m.occulterRsun * kRsunArcsecAt1Au / 3600.0;
        } else {
            pixelToSky(v, rng.uniform(0.3, 0.7) * size, rng.uniform(0.35, 0.65) * size, lon, lat);
        }
        p.planet = {lon, lat, 40.0 * fullWell / (m.exposureSeconds * m.imagesSummed)};
        p.planetDriftDegPerHour = 0.6 / 24.0;
    }
    if (!m.secchi) {
        // LASCO onboard masks: 32x32 blocks well inside the occulter and in the corners beyond
        // the field stop; the same in every frame of the sequence.
        const int b = p.maskBlockSize;
        for (int by = 0; by < size / b; ++by) {
            for (int bx = 0; bx < size / b; ++bx) {
                float rhoMax = 0.0f, rhoMin = 1e9f;
                for (int cj : {by * b, by * b + b - 1})
                    for (int ci : {bx * b, bx * b + b - 1}) {
                        const float r = p.sky.rho[static_cast<std::size_t>(cj) * static_cast<std::size_t>(size) + static_cast<std::size_t>(ci)];
                        rhoMax = std::max(rhoMax, r);
                        rhoMin = std::min(rhoMin, r);
                    }
                if (rhoMax < 0.75 * m.occulterRsun || rhoMin > 1.08 * m.outerRsun)
                    p.onboardMaskBlocks.emplace_back(bx, by);
            }
        }
    }
    return p;
}

ImagerFrame synthesizeImagerFrame(const ImagerSequencePlan& p, const ImagerFrameRequest& request, RandomStream& rng)
{
    const ImagerModel& m = *p.model;
    const int size = p.size;
    ImagerFrame out;
    auto& truth = out.truth;
    const double cmeHours = request.hours - p.cmeStartHours;

    // 1. Photon rate (DN/s per output pixel).
    Image rate(size, size);
    auto ratePx = rate.pixels();
    const double tangentialPolarisation = 0.35;
    for (std::size_t k = 0; k < ratePx.size(); ++k) {
        double scene = p.staticScene[k];
        if (cmeHours >= 0.0 && m.kind != SimulationKind::Euvi)
            scene += p.transmission[k] * cmeBrightness(p.cme, cmeHours, p.sky.rho[k], p.sky.pa[k]);
        double value = p.signalScale * scene;
        if (request.polarizerDegrees >= 0) {
            // Thomson scattering is polarised tangentially to the limb (angle PA + 90).
            const double chi = (p.sky.pa[k] + 90.0) * kDeg;
            value *= 0.5 * (1.0 + tangentialPolarisation * std::cos(2.0 * (request.polarizerDegrees * kDeg - chi)));
        }
        ratePx[k] = static_cast<float>(value);
    }
    nlohmann::ordered_json stars = nlohmann::ordered_json::array();
    for (const SkyPoint& s : p.stars) {
        double x = 0, y = 0;
        skyToPixel(p.view, s.lonDeg + p.starDriftDegPerHour * request.hours, s.latDeg, x, y);
        if (x < -3 || y < -3 || x > size + 3 || y > size + 3)
            continue;
        addPointSource(rate, x, y, s.dnPerSecond);
        if (x >= 0 && y >= 0 && x < size && y < size)
            stars.push_back({std::round(x * 100) / 100, std::round(y * 100) / 100, s.dnPerSecond});
    }
    truth["stars"] = {{"columns", {"x", "y", "dn_per_s"}}, {"rows", stars}};
    if (p.hasPlanet) {
        double x = 0, y = 0;
        skyToPixel(p.view, p.planet.lonDeg + (p.starDriftDegPerHour + p.planetDriftDegPerHour) * request.hours,
                   p.planet.latDeg, x, y);
        if (x >= 0 && y >= 0 && x < size && y < size) {
            addPointSource(rate, x, y, p.planet.dnPerSecond);
            truth["planet"] = {{"name", "Venus"}, {"x", std::round(x * 100) / 100}, {"y", std::round(y * 100) / 100}};
        }
    }

    // 2. Integration (HI: with readout smear, summed over N images).
    Image dn(size, size);
    const int n = m.imagesSummed;
    if (n > 1) {
        const SmearTiming timing;
        const double expEff = m.exposureSeconds * n + n * (0.70 - timing.clearTime + timing.roDelay);
        applySmear(dn, rate, expEff, n * p.onboardSum, timing);
        truth["smear"] = {{"exp_eff", expEff}, {"weight", n * p.onboardSum}, {"line_ro", timing.lineReadout},
                          {"line_clr", timing.lineClear},
                          {"convention", "row j of a column gets line_ro x light of rows below (smaller j) and line_clr x rows above"}};
    } else {
        for (std::size_t k = 0; k < ratePx.size(); ++k)
            dn.pixels()[k] = static_cast<float>(ratePx[k] * m.exposureSeconds);
    }

    // 3. Noise and bias.
    const double readNoise = m.readNoiseDn * std::sqrt(static_cast<double>(n));
    for (float& v : dn.pixels()) {
        const double signal = std::max(0.0, static_cast<double>(v));
        v = static_cast<float>(signal + std::sqrt(signal / m.electronsPerDn + readNoise * readNoise) * rng.normal() + m.biasDn);
    }

    // 4. Cosmic rays: short straight tracks; now and then a storm (a solar energetic particle
    // event) with 25 times as many.
    const bool storm = request.injectDefects && rng.chance(0.06);
    const double crRate = m.cosmicRaysPerFrame * (storm ? 25.0 : 1.0);
    const int crCount = static_cast<int>(rng.poisson(crRate * (size / 1024.0) * (size / 1024.0) + 0.5));
    nlohmann::ordered_json crs = nlohmann::ordered_json::array();
    for (int c = 0; c < crCount; ++c) {
        const double x0 = rng.uniform(0, size), y0 = rng.uniform(0, size);
        const double angle = rng.uniform(0, 2 * std::numbers::pi);
        const int length = rng.integer(1, 6);
        const double amplitude = rng.uniform(400, 4000);
        for (int s = 0; s < length; ++s) {
            const int x = static_cast<int>(x0 + s * std::cos(angle)), y = static_cast<int>(y0 + s * std::sin(angle));
            if (x >= 0 && y >= 0 && x < size && y < size)
                dn.at(x, y) += static_cast<float>(amplitude);
        }
        crs.push_back({std::floor(x0), std::floor(y0), length});
    }
    out.cosmicRays = crCount;
    truth["cosmic_rays"] = {{"columns", {"x", "y", "length"}}, {"rows", crs}};
    truth["cosmic_ray_storm"] = storm;

    // 5. Saturation and bleeding.
    const double fullWell = m.saturationDn * n * p.onboardSum * p.onboardSum;
    for (float v : dn.pixels())
        out.saturatedPixels += v >= fullWell ? 1 : 0;
    truth["bleeds"] = bleedSaturation(dn, fullWell, m.bleedAlongColumns);

    // 6. Data loss: telemetry blocks and corrupted rows.
    nlohmann::ordered_json missing = nlohmann::ordered_json::array();
    std::vector<int> missingIndices;
    const int b = p.maskBlockSize;
    const int blocksPerRow = size / b;
    if (request.injectDefects && blocksPerRow > 0 && rng.chance(0.2)) {
        const int count = rng.integer(1, 4);
        for (int c = 0; c < count; ++c) {
            const int index = rng.integer(0, blocksPerRow * blocksPerRow - 1);
            if (std::find(missingIndices.begin(), missingIndices.end(), index) != missingIndices.end())
                continue;
            missingIndices.push_back(index);
        }
        std::sort(missingIndices.begin(), missingIndices.end());
        for (int index : missingIndices) {
            const int bx = index % blocksPerRow, by = index / blocksPerRow;
            for (int y = by * b; y < (by + 1) * b; ++y)
                for (int x = bx * b; x < (bx + 1) * b; ++x)
                    dn.at(x, y) = 0.0f;
            missing.push_back({{"x0", bx * b}, {"y0", by * b}, {"size", b}, {"index", index}});
        }
    }
    out.missingBlocks = static_cast<int>(missingIndices.size());
    out.missList = instruments::encodeMissList(missingIndices);
    truth["missing_blocks"] = missing;
    if (request.injectDefects && rng.chance(0.05)) {
        const int first = rng.integer(0, size - 8), count = rng.integer(2, 8);
        for (int y = first; y < first + count; ++y)
            for (int x = 0; x < size; ++x)
                dn.at(x, y) = static_cast<float>(rng.uniform(0, fullWell));
        truth["corrupted_rows"] = {{"first", first}, {"count", count}};
    }

    // 7. Onboard masks (LASCO): zero blocks, identical in every frame.
    for (const auto& [bx, by] : p.onboardMaskBlocks)
        for (int y = by * b; y < (by + 1) * b; ++y)
            for (int x = bx * b; x < (bx + 1) * b; ++x)
                dn.at(x, y) = 0.0f;
    truth["onboard_mask_blocks"] = p.onboardMaskBlocks.size();

    // 8. HI cosmic-ray scrub report at the end of the last row: a counter, then one count per
    // summed exposure.
    if (n > 1) {
        const int row = size - 1;
        const int first = size - n - 1;
        dn.at(first, row) = static_cast<float>(n);
        nlohmann::ordered_json report = nlohmann::ordered_json::array();
        for (int k = 0; k < n; ++k) {
            const double scrubbed = rng.poisson(120.0);
            dn.at(first + 1 + k, row) = static_cast<float>(scrubbed);
            report.push_back(scrubbed);
        }
        truth["cosmic_report"] = {{"row", row}, {"first_column", first}, {"counts", report}};
    }

    truth["cme"] = {{"pa_deg", p.cme.paDegrees},
                    {"half_width_deg", p.cme.halfWidthDegrees},
                    {"front_rsun", cmeHours >= 0 ? p.cme.frontRsun(cmeHours) : 0.0},
                    {"visible", cmeHours >= 0}};
    out.dn = std::move(dn);
    return out;
}

} // namespace hb::simulate
