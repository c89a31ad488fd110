// What each instrument family knows, checked against the rest of the program: detectors owned
// once, colour maps that exist, shipped pipelines whose steps apply, headers read by one family.
#include "instruments/instrument_family.h"
#include "kernel/pipeline.h"
#include "kernel/step_registry.h"
#include "render/colormap.h"
#include "simulate/imager_model.h"
#include "test_support.h"

#include <QTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <algorithm>
#include <array>
#include <set>

using namespace hb::instruments;

namespace {

hb::Header headerWith(std::initializer_list<std::pair<const char*, const char*>> cards)
{
    hb::Header header;
    for (const auto& [keyword, text] : cards)
        header.append(hb::HeaderCard::string(keyword, text));
    return header;
}

// The SCI frame's regions of the EXCAM metadata file: name -> {row, col, rows, cols}, read
// line by line (two-space indented "geom:" entries, "r0c0" as two list items).
std::map<std::string, std::array<int, 4>> metadataRegions(const std::string& path)
{
    std::map<std::string, std::array<int, 4>> regions;
    std::ifstream in(path);
    std::string line, region;
    bool inGeom = false;
    int corner = 0;
    for (; std::getline(in, line);) {
        if (line.rfind("geom:", 0) == 0) {
            inGeom = true;
            continue;
        }
        if (!inGeom)
            continue;
        if (!line.empty() && line[0] != ' ' && line[0] != '#')
            break;
        const auto text = line.substr(line.find_first_not_of(' ') == std::string::npos ? line.size() : line.find_first_not_of(' '));
        const std::size_t indent = line.size() - text.size();
        if (indent == 2 && !text.empty() && text.back() == ':') {
            region = text.substr(0, text.size() - 1);
            corner = 0;
        } else if (text.rfind("rows:", 0) == 0) {
            regions[region][2] = std::stoi(text.substr(5));
        } else if (text.rfind("cols:", 0) == 0) {
            regions[region][3] = std::stoi(text.substr(5));
        } else if (text.rfind("- ", 0) == 0 && corner < 2) {
            regions[region][static_cast<std::size_t>(corner++)] = std::stoi(text.substr(2));
        }
    }
    return regions;
}

} // namespace

class TestInstrumentFamilies : public QObject {
    Q_OBJECT

private slots:
    void familiesAreListedInOrderAndOwnTheirDetectorsAlone()
    {
        std::vector<std::string> names;
        std::set<std::string> owned;
        for (const InstrumentFamily* family : instrumentFamilies()) {
            names.emplace_back(family->name());
            for (const std::string& detector : family->detectors()) {
                QVERIFY2(owned.insert(detector).second, detector.c_str());
                QCOMPARE(familyOfDetector(detector), family);
            }
        }
        QCOMPARE(names, (std::vector<std::string>{"SECCHI", "HI", "LASCO", "EXCAM", "SOHO/SDO"}));
        QVERIFY(!familyOfDetector("NO-SUCH"));
        QCOMPARE(displayDefaultsFor("NO-SUCH").colormap, std::string("gray"));
    }

    void displayDefaultsAndShippedPipelinesFitTheirDetectors()
    {
        const auto& registry = hb::steps::builtinSteps();
        for (const InstrumentFamily* family : instrumentFamilies())
            for (const std::string& detector : family->detectors()) {
                const DisplayDefaults display = family->displayDefaults(detector);
                QVERIFY2(hb::render::isColormap(display.colormap), (detector + ": " + display.colormap).c_str());
                const std::string file = family->defaultPipeline(detector);
                if (file.empty())
                    continue;
                const std::string path = std::string(HB_SOURCE_DIR "/resources/pipelines/") + file;
                QVERIFY2(std::filesystem::exists(path), path.c_str());
                const hb::steps::Pipeline pipeline = hb::steps::loadPipeline(path, registry);
                hb::ObservationInfo info;
                info.detector = detector;
                for (const auto& step : pipeline.steps)
                    QVERIFY2(registry.get(step.id, file).appliesTo(info), (file + ": " + step.id + " not for " + detector).c_str());
            }
        // The occulters drawn are the simulated ones.
        QCOMPARE(hb::simulate::imagerModel(hb::simulate::SimulationKind::LascoC2).occulterRsun, displayDefaultsFor("C2").occulterRsun);
        QCOMPARE(hb::simulate::imagerModel(hb::simulate::SimulationKind::Cor1).occulterRsun, 1.4);
    }

    void aFamilysStepsAreInTheRegistryInItsOrder()
    {
        const auto& steps = hb::steps::builtinSteps().steps();
        const auto position = [&](const char* id) {
            for (std::size_t i = 0; i < steps.size(); ++i)
                if (steps[i]->descriptor().id == id)
                    return i;
            return steps.size();
        };
        QVERIFY(position("secchi.bias") < position("lasco.bias_exposure"));
        QVERIFY(position("common.select_images") < position("secchi.missing_blocks"));
        QVERIFY(position("lasco.vignetting") < position("common.rotate_north"));
    }

    void oneFamilyReadsEachHeader()
    {
        QCOMPARE(familyOfHeader(headerWith({{"INSTRUME", "SECCHI"}, {"DETECTOR", "HI1"}}))->name(), std::string_view("SECCHI"));
        QCOMPARE(familyOfHeader(headerWith({{"INSTRUME", "lasco"}}))->name(), std::string_view("LASCO"));
        QCOMPARE(familyOfHeader(headerWith({{"INSTRUME", "CGI"}, {"TELESCOP", "ROMAN"}}))->name(), std::string_view("EXCAM"));
        QCOMPARE(familyOfHeader(headerWith({{"TELESCOP", "SDO/AIA"}}))->name(), std::string_view("SOHO/SDO"));
        QVERIFY(!familyOfHeader(headerWith({{"INSTRUME", "WISPR"}})));
        QVERIFY(hb::io::parseAnyName("20081212_080730_s4c2A.fts"));
        QCOMPARE(*hb::io::parseAnyName("22386539.fts")->detector, std::string("C2"));
    }

    void theExcamReadoutLayoutIsTheMetadataFiles()
    {
        HB_REQUIRE_SHARED_DATA();
        const auto regions = metadataRegions(hb::test::sharedData("excam/metadata.yaml"));
        QCOMPARE(regions.size(), std::size_t(4));
        const auto layout = readoutLayoutFor("EXCAM");
        for (const auto& [name, geometry] : regions) {
            std::string ours = name;
            std::replace(ours.begin(), ours.end(), '_', ' ');
            const DetectorRegion* region = findRegion(layout, ours);
            QVERIFY2(region, name.c_str());
            QCOMPARE(region->row, geometry[0]);
            QCOMPARE(region->column, geometry[1]);
            QCOMPARE(region->height, geometry[2]);
            QCOMPARE(region->width, geometry[3]);
        }
        // The bias columns of the prescan (col_start 800, col_end 1000 in the same file).
        const DetectorRegion* bias = findRegion(layout, "prescan bias");
        QVERIFY(bias);
        QCOMPARE(bias->column, 800);
        QCOMPARE(bias->endColumn(), 1000);
        // Families whose files hold the image area alone have no readout layout.
        QVERIFY(readoutLayoutFor("C2").empty());
    }
};

QTEST_APPLESS_MAIN(TestInstrumentFamilies)
#include "tst_instrument_families.moc"
