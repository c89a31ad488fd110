#include "simulate/imager_headers.h"

#include <cstdio>

namespace hb::simulate {

namespace {
// LASCO L0.5 dates: 'YYYY/MM/DD' and a separate TIME-OBS, as the real files write them.
std::string slashedDate(UtcTime t)
{
    const CivilTime c = toCivil(t);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d/%02d/%02d", c.year, c.month, c.day);
    return buf;
}

std::string timeOfDay(UtcTime t)
{
    return t.toIso(3).substr(11);
}
} // namespace

Header makeLascoHeader(const ImagerSequencePlan& plan, const ImagerFrameMeta& meta)
{
    const ImagerModel& m = *plan.model;
    const ViewGeometry& v = plan.view;
    const UtcTime written{meta.start.nanoseconds + 86'400'000'000'000LL * 25};
    Header h;
    h.append(HeaderCard::string("FILENAME", meta.fileName));
    h.append(HeaderCard::string("FILEORIG", "SIM" + std::to_string(meta.imageCounter) + ".img"));
    h.append(HeaderCard::string("DATE", slashedDate(written) + " " + timeOfDay(written)));
    h.append(HeaderCard::string("DATE-OBS", slashedDate(meta.start)));
    h.append(HeaderCard::string("TIME-OBS", timeOfDay(meta.start)));
    h.append(HeaderCard::integer("P1COL", 20));
    h.append(HeaderCard::integer("P1ROW", 1));
    h.append(HeaderCard::integer("P2COL", 1043));
    h.append(HeaderCard::integer("P2ROW", 1024));
    h.append(HeaderCard::number("EXPTIME", m.exposureSeconds));
    h.append(HeaderCard::number("EXPCMD", m.exposureSeconds - 2.0));
    h.append(HeaderCard::string("TELESCOP", "SOHO"));
    h.append(HeaderCard::string("INSTRUME", "LASCO"));
    h.append(HeaderCard::string("DETECTOR", m.detector));
    h.append(HeaderCard::string("READPORT", "C"));
    h.append(HeaderCard::integer("SUMROW", 0));
    h.append(HeaderCard::integer("SUMCOL", 0));
    h.append(HeaderCard::integer("LEBXSUM", plan.binning));
    h.append(HeaderCard::integer("LEBYSUM", plan.binning));
    h.append(HeaderCard::string("FILTER", m.filter));
    h.append(HeaderCard::string("POLAR", "Clear"));
    h.append(HeaderCard::integer("IMGCTR", meta.imageCounter));
    h.append(HeaderCard::integer("IMGSEQ", 0));
    h.append(HeaderCard::number("PLATESCL", v.cdeltDegrees * 3600.0));
    h.append(HeaderCard::number("OFFSET", m.biasDn));
    h.append(HeaderCard::integer("R1COL", 20));
    h.append(HeaderCard::integer("R1ROW", 1));
    h.append(HeaderCard::integer("R2COL", 1043));
    h.append(HeaderCard::integer("R2ROW", 1024));
    h.append(HeaderCard::string("RECTIFY", "TRUE"));
    h.append(HeaderCard::integer("DATASAT", meta.frame->saturatedPixels));
    h.append(HeaderCard::number("CRPIX1", v.crpix1));
    h.append(HeaderCard::number("CRPIX2", v.crpix2));
    h.append(HeaderCard::number("CRVAL1", 0.0));
    h.append(HeaderCard::number("CRVAL2", 0.0));
    h.append(HeaderCard::number("CROTA1", v.rollDegrees));
    h.append(HeaderCard::number("CROTA2", v.rollDegrees));
    h.append(HeaderCard::string("CTYPE1", "SOLAR-X"));
    h.append(HeaderCard::string("CTYPE2", "SOLAR-Y"));
    h.append(HeaderCard::string("CUNIT1", "ARCSEC"));
    h.append(HeaderCard::string("CUNIT2", "ARCSEC"));
    h.append(HeaderCard::number("CDELT1", v.cdeltDegrees * 3600.0));
    h.append(HeaderCard::number("CDELT2", v.cdeltDegrees * 3600.0));
    h.append(HeaderCard::commentary("COMMENT", "Simulated by HelioBench: synthetic data with known truth, not an observation"));
    h.addHistory("offset_bias " + std::to_string(m.biasDn));
    h.addHistory("HelioBench simulate: synthetic LASCO Level 0.5 frame; truth in " + meta.fileName + ".truth.json");
    return h;
}

} // namespace hb::simulate
