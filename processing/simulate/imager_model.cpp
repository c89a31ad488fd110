#include "simulate/imager_model.h"

#include "core/error.h"
#include "instruments/instrument_family.h"

namespace hb::simulate {

namespace {

ImagerModel make(SimulationKind kind)
{
    ImagerModel m;
    m.kind = kind;
    switch (kind) {
    case SimulationKind::Cor1:
        m.detector = "COR1", m.nameCode = "c1", m.defaultSize = 512, m.cdeltDegreesFull = 3.75 / 3600;
        m.outerRsun = 4.0, m.exposureSeconds = 1.7, m.cadenceMinutes = 5;
        m.biasDn = 670, m.electronsPerDn = 6.5, m.starCount = 20, m.cosmicRaysPerFrame = 8;
        break;
    case SimulationKind::Cor2:
        m.detector = "COR2", m.nameCode = "c2", m.cdeltDegreesFull = 14.7 / 3600;
        m.outerRsun = 15.0, m.exposureSeconds = 6.0, m.cadenceMinutes = 15;
        m.biasDn = 640, m.electronsPerDn = 15, m.starCount = 150, m.cosmicRaysPerFrame = 40;
        break;
    case SimulationKind::Euvi:
        m.detector = "EUVI", m.nameCode = "eu", m.cdeltDegreesFull = 1.59 / 3600;
        m.exposureSeconds = 8.0, m.cadenceMinutes = 10, m.biasDn = 650, m.electronsPerDn = 15;
        m.cosmicRaysPerFrame = 30, m.filter = "S1", m.wavelength = 195;
        break;
    case SimulationKind::Hi1:
        m.detector = "HI1", m.nameCode = "h1", m.cdeltDegreesFull = 0.0199550693265 / 2, m.centreElongation = 13.98;
        m.exposureSeconds = 40.0, m.imagesSummed = 30, m.cadenceMinutes = 40, m.biasDn = 0;
        m.electronsPerDn = 15, m.hasPlanet = true, m.starCount = 400, m.cosmicRaysPerFrame = 6;
        break;
    case SimulationKind::Hi2:
        m.detector = "HI2", m.nameCode = "h2", m.cdeltDegreesFull = 0.0684 / 2, m.centreElongation = 53.68;
        m.exposureSeconds = 50.0, m.imagesSummed = 99, m.cadenceMinutes = 120, m.biasDn = 0;
        m.electronsPerDn = 15, m.hasPlanet = true, m.starCount = 600, m.cosmicRaysPerFrame = 10;
        break;
    case SimulationKind::LascoC2:
        m.detector = "C2", m.secchi = false, m.fullSize = 1024, m.cdeltDegreesFull = 11.9 / 3600;
        m.outerRsun = 6.0, m.exposureSeconds = 25.1, m.cadenceMinutes = 12;
        m.biasDn = 470, m.electronsPerDn = 20, m.saturationDn = 16383, m.missingBlockSize = 32;
        m.hasPlanet = true, m.bleedAlongColumns = false, m.starCount = 30, m.cosmicRaysPerFrame = 30;
        m.filter = "Orange";
        break;
    case SimulationKind::LascoC3:
        m.detector = "C3", m.secchi = false, m.fullSize = 1024, m.cdeltDegreesFull = 56.0 / 3600;
        m.outerRsun = 30.0, m.exposureSeconds = 19.1, m.cadenceMinutes = 12;
        m.biasDn = 379, m.electronsPerDn = 20, m.saturationDn = 16383, m.missingBlockSize = 32;
        m.hasPlanet = true, m.bleedAlongColumns = false, m.starCount = 300, m.cosmicRaysPerFrame = 60;
        m.filter = "Clear";
        break;
    case SimulationKind::Excam:
    case SimulationKind::Mag:
        throw Error({}, std::string(kindName(kind)) + " is not a coronagraph imager model");
    }
    // The occulter the workbench draws is the one the simulated frames have.
    m.occulterRsun = instruments::displayDefaultsFor(m.detector).occulterRsun;
    return m;
}

} // namespace

const ImagerModel& imagerModel(SimulationKind kind)
{
    static const ImagerModel kModels[] = {make(SimulationKind::Cor1), make(SimulationKind::Cor2),
                                          make(SimulationKind::Euvi), make(SimulationKind::Hi1),
                                          make(SimulationKind::Hi2),  make(SimulationKind::LascoC2),
                                          make(SimulationKind::LascoC3)};
    for (const ImagerModel& m : kModels)
        if (m.kind == kind)
            return m;
    throw Error({}, "no imager model for simulation kind " + std::string(kindName(kind)));
}

} // namespace hb::simulate
