#include "command_line.h"
#include "commands.h"

#include "catalog/catalog_json.h"
#include "core/json_text.h"
#include "core/error.h"
#include "core/image_statistics.h"
#include "geometry/solar_wcs.h"
#include "io/file_reader.h"
#include "io/cdf/cdf_description.h"
#include "io/cdf/cdf_signature.h"

#include <cstdio>
#include <iostream>

namespace hb::cli {

namespace {

nlohmann::ordered_json statisticsJson(const Image& image)
{
    const ImageStatistics s = computeStatistics(image);
    return {{"pixels", image.pixelCount()}, {"finite", s.count},   {"non_finite", s.nonFinite}, {"zeros", s.zeros},
            {"masked_missing", image.countMasked(bits(MaskBit::Missing))},
            {"min", s.min},        {"max", s.max},     {"mean", s.mean},           {"stddev", s.stddev},
            {"median", s.median},  {"p01", s.p01},     {"p99", s.p99}};
}

nlohmann::ordered_json headerJson(const Header& header)
{
    nlohmann::ordered_json cards = nlohmann::ordered_json::array();
    for (const HeaderCard& c : header.cards()) {
        nlohmann::ordered_json card{{"keyword", c.keyword}};
        if (c.kind == CardKind::Commentary) {
            card["text"] = c.value;
        } else {
            card["value"] = c.isStringValue() ? c.unquoted() : c.value;
            card["comment"] = c.comment;
        }
        cards.push_back(std::move(card));
    }
    return cards;
}

// Where this program puts the Sun and how large a pixel is: what other tools (sunpy) must agree on.
nlohmann::ordered_json wcsJson(const Header& header)
{
    const auto wcs = geometry::SolarWcs::fromHeader(header);
    if (!wcs)
        return nullptr;
    double x = 0, y = 0;
    wcs->skyToPixel(0.0, 0.0, x, y);
    const auto corner = wcs->pixelToSky(0.0, 0.0);
    return {{"sun_center_px", {x, y}},  // 0-based pixel of the disk centre
            {"pixel_0_0_arcsec", {corner.txArcsec, corner.tyArcsec}},  // the first pixel's centre on the sky
            {"scale_arcsec", {wcs->scale1Arcsec(), wcs->scale2Arcsec()}},
            {"rsun_arcsec", wcs->rsunArcsec()},
            {"rsun_assumed", wcs->rsunAssumed()}};
}

int printCdfInfo(const std::string& path, bool json)
{
    const io::cdf::CdfFile file = io::cdf::CdfFile::open(path);
    const nlohmann::ordered_json j = io::cdf::describe(file);
    if (json) {
        std::cout << jsonText(j) << '\n';
        return 0;
    }
    for (const auto& [key, value] : j.items())
        if (key != "global_attributes" && key != "variables")
            std::cout << key << ": " << (value.is_string() ? value.get<std::string>() : jsonText(value)) << '\n';
    std::cout << "global attributes:\n";
    for (const auto& [name, entries] : j["global_attributes"].items())
        for (const auto& entry : entries)
            std::cout << "  " << name << ": " << entry.get<std::string>() << '\n';
    std::cout << "variables:\n";
    for (const auto& v : j["variables"]) {
        std::cout << "  " << v["name"].get<std::string>() << "  " << v["type"].get<std::string>() << "  dims "
                  << jsonText(v["dims"]) << "  " << v["records"].get<long long>() << " records"
                  << (v["record_varying"].get<bool>() ? "" : " (not record-varying)")
                  << (v["compression"] == "none" ? std::string() : "  " + v["compression"].get<std::string>()) << '\n';
        for (const auto& [name, value] : v["attributes"].items())
            std::cout << "      " << name << ": " << (value["value"].is_string() ? value["value"].get<std::string>() : jsonText(value["value"]))
                      << '\n';
    }
    return 0;
}

} // namespace

int runInfo(const std::vector<std::string>& args, const steps::StepRegistry&)
{
    const CommandLine cl(args, {"json"}, {"hdu", "plane"});
    if (cl.positional().size() != 1)
        throw UsageError("info takes exactly one file");
    const std::string& path = cl.positional().front();
    io::FitsReadOptions options;
    if (cl.has("hdu"))
        options.hdu = static_cast<int>(cl.integer("hdu", 0, 0, 1000));
    options.plane = cl.integer("plane", 0, 0, 1LL << 30);
    try {
        if (io::hasCdfSignature(path))
            return printCdfInfo(path, cl.has("json"));
        const Frame frame = io::readFrame(path, options);
        nlohmann::ordered_json j = toJson(frame.info);
        j["status"] = "ok";
        j["statistics"] = frame.image.isEmpty() ? nlohmann::ordered_json(nullptr) : statisticsJson(frame.image);
        j["wcs"] = wcsJson(frame.header);
        j["header"] = headerJson(frame.header);
        if (cl.has("json")) {
            std::cout << jsonText(j) << '\n';
        } else {
            for (const auto& [key, value] : j.items())
                if (key != "header")
                    std::cout << key << ": " << jsonText(value) << '\n';
            std::cout << "header:\n";
            for (const HeaderCard& c : frame.header.cards())
                std::cout << "  " << c.image() << '\n';
        }
        for (const std::string& w : frame.info.warnings)
            std::cerr << path << ": warning: " << w << '\n';
        return 0;
    } catch (const Error& e) {
        if (cl.has("json"))
            std::cout << jsonText(nlohmann::ordered_json{{"path", path}, {"status", "error"}, {"error", e.problem()}}) << '\n';
        std::cerr << e.what() << '\n';
        return 1;
    }
}

} // namespace hb::cli
