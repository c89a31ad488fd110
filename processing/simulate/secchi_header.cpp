#include "simulate/imager_headers.h"

#include <cmath>
#include <numbers>

namespace hb::simulate {

namespace {
constexpr double kRsunArcsecAt1Au = 959.63;
constexpr double kAuMeters = 1.495978707e11;

UtcTime plusSeconds(UtcTime t, double s)
{
    return {t.nanoseconds + static_cast<std::int64_t>(std::llround(s * 1e9))};
}
} // namespace

Header makeSecchiHeader(const ImagerSequencePlan& plan, const ImagerFrameMeta& meta)
{
    const ImagerModel& m = *plan.model;
    const int size = plan.size;
    const int n = m.imagesSummed;
    const bool hi = n > 1;
    const double exptime = m.exposureSeconds * n;
    const int summed = 1 + static_cast<int>(std::lround(std::log2(static_cast<double>(plan.binning))));
    const int ipsum = hi ? 2 : 1;
    const int ccdBin = plan.binning / (hi ? 2 : 1);
    const UtcTime end = plusSeconds(meta.start, hi ? exptime + n * 0.7 : exptime);

    Header h;
    h.append(HeaderCard::string("DATE-OBS", meta.start.toIso(3)));
    h.append(HeaderCard::string("FILEORIG", "SIM" + std::to_string(100000 + meta.imageCounter) + ".IMG"));
    h.append(HeaderCard::string("SEB_PROG", meta.doubleExposure ? "DOUBLE" : hi ? "SERIES" : "NORMAL"));
    h.append(HeaderCard::number("EXPCMD", m.exposureSeconds));
    h.append(HeaderCard::number("EXPTIME", exptime, "s"));
    h.append(HeaderCard::integer("DSTART1", 1));
    h.append(HeaderCard::integer("DSTOP1", size));
    h.append(HeaderCard::integer("DSTART2", 1));
    h.append(HeaderCard::integer("DSTOP2", size));
    h.append(HeaderCard::integer("P1COL", 51));
    h.append(HeaderCard::integer("P2COL", 2098));
    h.append(HeaderCard::integer("P1ROW", 1));
    h.append(HeaderCard::integer("P2ROW", 2048));
    h.append(HeaderCard::integer("R1COL", 51));
    h.append(HeaderCard::integer("R2COL", 2098));
    h.append(HeaderCard::integer("R1ROW", 1));
    h.append(HeaderCard::integer("R2ROW", 2048));
    h.append(HeaderCard::logical("RECTIFY", true));
    h.append(HeaderCard::integer("RECTROTA", 0, "no rotation necessary"));
    h.append(HeaderCard::integer("OFFSET", 600));
    h.append(HeaderCard::number("BIASMEAN", m.biasDn > 0 ? m.biasDn : 684.8));
    h.append(HeaderCard::number("BIASSDEV", m.readNoiseDn));
    h.append(HeaderCard::string("GAINMODE", "HIGH"));
    h.append(HeaderCard::number("SUMMED", summed));
    h.append(HeaderCard::integer("SUMROW", ccdBin));
    h.append(HeaderCard::integer("SUMCOL", ccdBin));
    h.append(HeaderCard::number("POLAR", meta.polarizerDegrees));
    h.append(HeaderCard::number("WAVELNTH", m.wavelength));
    h.append(HeaderCard::string("FILTER", m.filter));
    h.append(HeaderCard::number("CLEARTIM", SmearTiming{}.clearTime));
    h.append(HeaderCard::number("RO_DELAY", SmearTiming{}.roDelay));
    h.append(HeaderCard::number("LINE_CLR", SmearTiming{}.lineClear));
    h.append(HeaderCard::number("LINE_RO", SmearTiming{}.lineReadout));
    h.append(HeaderCard::integer("COMPRSSN", meta.beacon ? 90 : 7, meta.beacon ? "ICER" : "Rice Compression"));
    h.append(HeaderCard::number("NMISSING", meta.frame->missingBlocks));
    h.append(HeaderCard::string("MISSLIST", meta.frame->missList));
    h.append(HeaderCard::string("MASK_TBL", "NONE"));
    h.append(HeaderCard::commentary("COMMENT", "Simulated by HelioBench: synthetic data with known truth, not an observation"));
    h.append(HeaderCard::string("ORIGIN", "HelioBench simulator"));
    h.append(HeaderCard::string("DETECTOR", m.detector));
    h.append(HeaderCard::integer("IMGCTR", meta.imageCounter));
    h.append(HeaderCard::string("FILENAME", meta.fileName));
    h.append(HeaderCard::string("DATE", plusSeconds(meta.start, 2 * 86400.0).toIso(3)));
    h.append(HeaderCard::string("INSTRUME", "SECCHI"));
    h.append(HeaderCard::string("OBSRVTRY", "STEREO_A"));
    h.append(HeaderCard::string("TELESCOP", "STEREO"));
    h.append(HeaderCard::number("CCDSUM", ccdBin > 1 ? summed : 1));
    h.append(HeaderCard::number("IPSUM", ipsum));
    h.append(HeaderCard::string("DATE-CMD", meta.start.toIso(3)));
    h.append(HeaderCard::string("DATE-AVG", plusSeconds(meta.start, 0.5 * (end.nanoseconds - meta.start.nanoseconds) * 1e-9).toIso(3)));
    h.append(HeaderCard::string("DATE-END", end.toIso(3)));
    // Onboard image-processing program: HI sums into a buffer with bias removed (code 37). No
    // onboard division is listed (codes 1, 50, 82-88...) because the simulated DN are not divided.
    h.append(HeaderCard::string("IP_00_19", hi ? " 41128 31 34 37113121  7  0  0  0  0  0  0  0  0  0  0  0  0"
                                                : " 41  7  0  0  0  0  0  0  0  0  0  0  0  0  0  0  0  0  0  0"));
    h.append(HeaderCard::integer("IMGSEQ", hi ? n - 1 : (meta.polarizerDegrees >= 0 && meta.polarizerDegrees < 1000 ? meta.polarizerDegrees / 120 : 0)));
    h.append(HeaderCard::string("BUNIT", "DN"));
    h.append(HeaderCard::string("DOWNLINK", meta.beacon ? "SW" : "SSR1"));
    h.append(HeaderCard::number("COSMICS", meta.frame->cosmicRays));
    h.append(HeaderCard::integer("N_IMAGES", n));
    h.append(HeaderCard::integer("DATASAT", meta.frame->saturatedPixels));

    // WCS: helioprojective, Sun centre at CRPIX for COR/EUVI (CRVAL 0), field centre for HI.
    const ViewGeometry& v = plan.view;
    const double roll = v.rollDegrees * std::numbers::pi / 180.0;
    const bool degrees = hi;
    const double unit = degrees ? 1.0 : 3600.0;
    h.append(HeaderCard::number("CRPIX1", v.crpix1));
    h.append(HeaderCard::number("CRPIX2", v.crpix2));
    h.append(HeaderCard::number("RSUN", kRsunArcsecAt1Au, "arcsec"));
    h.append(HeaderCard::string("CTYPE1", hi ? "HPLN-AZP" : "HPLN-TAN"));
    h.append(HeaderCard::string("CTYPE2", hi ? "HPLT-AZP" : "HPLT-TAN"));
    h.append(HeaderCard::number("CRVAL1", v.crval1 * unit));
    h.append(HeaderCard::number("CRVAL2", v.crval2 * unit));
    h.append(HeaderCard::number("CROTA", v.rollDegrees));
    h.append(HeaderCard::number("PC1_1", std::cos(roll)));
    h.append(HeaderCard::number("PC1_2", -std::sin(roll)));
    h.append(HeaderCard::number("PC2_1", std::sin(roll)));
    h.append(HeaderCard::number("PC2_2", std::cos(roll)));
    h.append(HeaderCard::string("CUNIT1", degrees ? "deg" : "arcsec"));
    h.append(HeaderCard::string("CUNIT2", degrees ? "deg" : "arcsec"));
    h.append(HeaderCard::number("CDELT1", v.cdeltDegrees * unit));
    h.append(HeaderCard::number("CDELT2", v.cdeltDegrees * unit));
    if (hi)
        h.append(HeaderCard::number("PV2_1", 0.0, "AZP with mu = 0: gnomonic, as simulated"));
    h.append(HeaderCard::number("DSUN_OBS", kAuMeters));
    h.append(HeaderCard::number("HGLN_OBS", 0.0));
    h.append(HeaderCard::number("HGLT_OBS", 0.0));
    h.addHistory("HelioBench simulate: synthetic SECCHI Level 0.5 frame; truth in " + meta.fileName + ".truth.json");
    return h;
}

} // namespace hb::simulate
