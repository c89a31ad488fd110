#include "io/cdf/cdf_identify.h"

#include "io/cdf/cdf_description.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

namespace hb::io::cdf {

namespace {

struct Platform {
    const char* prefix;  // as ISTP Source_name and Logical_source begin, upper case
    const char* mission;
    const char* spacecraft;
};

// The missions whose data HelioBench users merge with images; others keep their own names.
constexpr std::array<Platform, 12> kPlatforms{{
    {"STA", "STEREO", "STEREO-A"},
    {"STB", "STEREO", "STEREO-B"},
    {"PSP", "PSP", "PSP"},
    {"SPP", "PSP", "PSP"},
    {"AC", "ACE", "ACE"},
    {"WI", "Wind", "Wind"},
    {"SOLO", "Solar Orbiter", "Solar Orbiter"},
    {"THG", "THEMIS", "THEMIS ground"},
    {"THA", "THEMIS", "THEMIS-A"},
    {"OMNI", "OMNI", "OMNI"},
    {"SOHO", "SOHO", "SOHO"},
    {"MMS1", "MMS", "MMS-1"},
}};

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

// "PSP_FLD>Parker Solar Probe FIELDS" -> "PSP_FLD"
std::string beforeMark(const std::string& text) { return text.substr(0, text.find('>')); }

const Platform* platformOf(const std::string& code)
{
    const std::string key = upper(code);
    for (const Platform& p : kPlatforms)
        if (key == p.prefix)
            return &p;
    return nullptr;
}

std::string fileName(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

ObservationInfo identify(const CdfFile& file)
{
    ObservationInfo info;
    info.path = file.path();
    info.series = true;
    const std::string source = beforeMark(file.globalText("Source_name"));
    const std::string descriptor = beforeMark(file.globalText("Descriptor"));
    const std::string dataType = beforeMark(file.globalText("Data_type"));
    const std::string logical = file.globalText("Logical_source");
    if (!logical.empty())
        info.dataset = logical;

    // The platform: Source_name's first part ("PSP_FLD" -> PSP), else the Logical_source's.
    const std::string sourceCode = source.substr(0, source.find('_'));
    const Platform* platform = platformOf(sourceCode);
    if (!platform && !logical.empty())
        platform = platformOf(logical.substr(0, logical.find('_')));
    if (platform) {
        info.mission = platform->mission;
        info.spacecraft = platform->spacecraft;
    } else if (!sourceCode.empty()) {
        info.mission = sourceCode;
    }
    // Instrument and detector: the Logical_source's parts around its level ("psp_fld_l2_mag_RTN_1min":
    // suite FIELDS, instrument MAG; "thg_l2_mag_mek": MAG at station MEK), else the Descriptor's first part.
    std::vector<std::string> parts;
    for (std::size_t at = 0; at <= logical.size();) {
        const std::size_t end = std::min(logical.find('_', at), logical.size());
        parts.push_back(logical.substr(at, end - at));
        at = end + 1;
    }
    static const std::regex levelPart(R"([Ll]([0-9][a-z]?))");
    std::smatch match;
    const auto levelAt = std::find_if(parts.begin(), parts.end(), [](const std::string& p) { return std::regex_match(p, levelPart); });
    if (levelAt != parts.end() && levelAt + 1 != parts.end()) {
        info.level = levelAt->substr(1);
        const std::string measured = upper(*(levelAt + 1));
        if (levelAt - parts.begin() >= 2) {  // a suite between the platform and the level
            const std::string suite = upper(*(parts.begin() + 1));
            info.instrument = suite == "FLD" ? std::string("FIELDS") : suite;
            info.detector = measured;
        } else {
            info.instrument = measured;
            if (levelAt + 2 != parts.end())
                info.detector = upper(*(levelAt + 2));
        }
    } else if (!descriptor.empty()) {
        info.instrument = upper(descriptor.substr(0, descriptor.find('_')));
    }
    static const std::regex level(R"((?:^|_)[Ll]([0-9][a-z]?)(?:_|$))");
    if (!info.level && std::regex_search(dataType, match, level))
        info.level = match[1].str();

    // STEREO IMPACT file names carry what their attributes may not: STA_L1_MAG_RTN_20070101_V06.cdf.
    static const std::regex stereo(R"((ST[AB])_L([0-9])_(MAGB?)_(RTN|SC)_([0-9]{8})_V([0-9]{2})\.cdf)", std::regex::icase);
    const std::string name = fileName(file.path());
    if (std::regex_match(name, match, stereo)) {
        const Platform* p = platformOf(match[1].str());
        info.mission = p->mission;
        info.spacecraft = p->spacecraft;
        info.instrument = "IMPACT";
        info.detector = upper(match[3].str());
        info.level = match[2].str();
    }

    if (const auto range = timeRange(file)) {
        info.time = utcFromTt2000(range->first);
        info.endTime = utcFromTt2000(range->second);
    }
    return info;
}

} // namespace hb::io::cdf
