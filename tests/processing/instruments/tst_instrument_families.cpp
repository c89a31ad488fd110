// What each instrument family knows, checked against the rest of the program: detectors owned
// once, colour maps that exist, shipped pipelines whose steps apply, headers read by one family.
#include "instruments/instrument_family.h"
#include "kernel/pipeline.h"
#include "kernel/step_registry.h"
#include "render/colormap.h"
#include "simulate/imager_model.h"

#include <QTest>

#include <filesystem>
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
};

QTEST_APPLESS_MAIN(TestInstrumentFamilies)
#include "tst_instrument_families.moc"
