#include "io/cdf/cdf_series_support.h"

#include <cctype>
#include <filesystem>

namespace hb::io::cdf::series_support {


std::vector<std::string> componentNames(const CdfFile& file, const CdfVariable& variable, std::uint64_t components)
{
    std::vector<std::string> names;
    if (const std::string labels = variable.attributeText("LABL_PTR_1"); !labels.empty())
        if (const CdfVariable* labelVariable = file.variable(labels); labelVariable && isText(labelVariable->type))
            names = file.readText(*labelVariable, 0, 1);
    if (names.size() != components) {
        names.clear();
        for (std::uint64_t c = 0; c < components; ++c)
            names.push_back(components == 1 ? variable.name : variable.name + "_" + std::to_string(c));
    }
    return names;
}

double firstNumber(const CdfVariable& variable, const char* key, double otherwise)
{
    const CdfValue* value = variable.attribute(key);
    return value && !value->numbers.empty() ? value->numbers.front() : otherwise;
}

std::optional<UtcTime> dayOfFileName(const std::string& path)
{
    const std::string name = std::filesystem::path(path).filename().string();
    for (std::size_t i = 0; i + 8 <= name.size(); ++i) {
        const auto digit = [&](std::size_t k) { return k < name.size() && std::isdigit(static_cast<unsigned char>(name[k])); };
        if ((i > 0 && digit(i - 1)) || digit(i + 8))
            continue;
        bool all = true;
        for (std::size_t k = i; k < i + 8; ++k)
            all = all && digit(k);
        if (!all)
            continue;
        const int year = std::stoi(name.substr(i, 4)), month = std::stoi(name.substr(i + 4, 2)), day = std::stoi(name.substr(i + 6, 2));
        if (year < 1950 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31)
            continue;
        const UtcTime t = UtcTime::fromCivil(year, month, day);
        if (const CivilTime c = toCivil(t); c.month == month && c.day == day)  // not 20080231
            return t;
    }
    return std::nullopt;
}

// A frame named in the dataset counts only as a whole token between underscores:
// "sta_l1_mag_rtn" is RTN, "psp_fld_l2_mag_RTN_1min" too, "scaled" is no SC.
std::string coordinateSystemOf(const CdfVariable& variable, const std::string& dataset)
{
    for (const char* key : {"COORDINATE_SYSTEM", "REFERENCE_FRAME"})
        if (std::string text = variable.attributeText(key); !text.empty()) {
            for (char& c : text)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            return text;
        }
    std::string upper = "_" + dataset + "_";
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const char* frame : {"RTN", "SC", "GSE", "GSM", "HCI", "HEEQ", "HGI", "SRF", "J2000"})
        if (upper.find("_" + std::string(frame) + "_") != std::string::npos)
            return frame;
    return {};
}

SeriesMetadata metadataOf(const CdfFile& file, const CdfVariable& variable)
{
    SeriesMetadata m;
    m.variableName = variable.name;
    for (const auto& [name, entries] : file.globalAttributes()) {
        std::vector<std::string> texts;
        for (const CdfValue& entry : entries)
            texts.push_back(entry.display());
        m.global.emplace_back(name, std::move(texts));
    }
    for (const auto& [name, value] : variable.attributes)
        m.variable.emplace_back(name, value.display());
    return m;
}


} // namespace hb::io::cdf::series_support
