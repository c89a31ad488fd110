#include "simulate/mag_cdf_layout.h"

#include <cctype>
#include <cstdio>
#include <cstring>

namespace hb::simulate {

using io::cdf::CdfValue;
using io::cdf::CdfVariableToWrite;
using io::cdf::DataType;
using io::cdf::numberValue;
using io::cdf::textValue;

namespace {

template <typename T>
std::vector<std::uint8_t> bytesOf(const std::vector<T>& values)
{
    std::vector<std::uint8_t> out(values.size() * sizeof(T));
    if (!out.empty())
        std::memcpy(out.data(), values.data(), out.size());
    return out;
}

std::string frameName(MagFrame f)
{
    return f == MagFrame::Rtn ? "RTN" : "SC";
}

std::string compactDay(UtcTime t)
{
    const CivilTime c = toCivil(t);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", c.year, c.month, c.day);
    return buf;
}

} // namespace

std::string MagProduct::fileName() const
{
    return std::string("STA_L1_MAG") + (burst ? "B" : "") + "_" + frameName(frame) + "_" + compactDay(day) + "_V06.cdf";
}

std::string MagProduct::logicalSource() const
{
    std::string s = std::string("sta_l1_mag") + (burst ? "b" : "") + "_" + frameName(frame);
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::vector<std::pair<std::string, std::vector<CdfValue>>> magGlobalAttributes(const MagProduct& p)
{
    const std::string frame = p.frame == MagFrame::Rtn ? "RTN coordinates" : "spacecraft coordinates";
    const std::string dataType = std::string("L1_MAG") + (p.burst ? "B" : "") + "_" + frameName(p.frame);
    return {
        {"Project", {textValue("STEREO>Solar TErrestrial RElations Observatory")}},
        {"Source_name", {textValue("STA>STEREO Ahead")}},
        {"Discipline", {textValue("Space Physics>Interplanetary Studies")}},
        {"Data_type", {textValue(dataType + ">Level 1 " + (p.burst ? "burst " : "") + "magnetic field in " + frame)}},
        {"Descriptor", {textValue("MAG>Magnetometer")}},
        {"Data_version", {textValue("V06")}},
        {"Logical_file_id", {textValue(p.fileName().substr(0, p.fileName().size() - 4))}},
        {"Logical_source", {textValue(p.logicalSource())}},
        {"Logical_source_description", {textValue("STEREO Ahead IMPACT/MAG Level 1 magnetic field, " + frame)}},
        {"Mission_group", {textValue("STEREO")}},
        {"Instrument_type", {textValue("Magnetic Fields (space)")}},
        {"PI_name", {textValue("none: simulated data")}},
        {"PI_affiliation", {textValue("none: simulated data")}},
        {"TEXT",
         {textValue("SIMULATED DATA written by HelioBench (heliobench-cli simulate mag), not a mission product."),
          textValue("Layout of the STEREO IMPACT MAG L1 V06 days; the defects injected are listed in the truth "
                    "file beside this one.")}},
        {"Generated_by", {textValue("HelioBench simulate mag")}},
    };
}

std::vector<CdfVariableToWrite> magVariables(const MagProduct& p, MagRecords records)
{
    const bool rtn = p.frame == MagFrame::Rtn;
    const double firstMs = cdfEpochMs(p.day) - 86400000.0, lastMs = cdfEpochMs(p.day) + 2 * 86400000.0;

    CdfVariableToWrite epoch;
    epoch.name = "Epoch";
    epoch.type = DataType::Epoch;
    epoch.records = records.size();
    epoch.values = bytesOf(records.epochMs);
    epoch.attributes = {{"FIELDNAM", textValue("Time")},
                        {"CATDESC", textValue("Time of the vector, UTC (CDF_EPOCH: ms since 0000-01-01)")},
                        {"VAR_TYPE", textValue("support_data")},
                        {"UNITS", textValue("ms")},
                        {"FILLVAL", numberValue(DataType::Epoch, {-1e31})},
                        {"VALIDMIN", numberValue(DataType::Epoch, {firstMs})},
                        {"VALIDMAX", numberValue(DataType::Epoch, {lastMs})},
                        {"LABLAXIS", textValue("Epoch")},
                        {"MONOTON", textValue("INCREASE")}};

    CdfVariableToWrite field;
    field.name = "BFIELD";
    field.type = DataType::Real4;
    field.shape = {4};
    field.records = records.size();
    field.values = bytesOf(records.field);
    field.attributes = {{"FIELDNAM", textValue("Magnetic field")},
                        {"CATDESC", textValue(std::string("Magnetic field vector in ") + (rtn ? "RTN" : "spacecraft")
                                              + " coordinates and its magnitude, from the IMPACT/MAG instrument")},
                        {"DEPEND_0", textValue("Epoch")},
                        {"LABL_PTR_1", textValue("label_bfield")},
                        {"DISPLAY_TYPE", textValue("time_series")},
                        {"UNITS", textValue("nT")},
                        {"FORMAT", textValue("F12.4")},
                        {"FILLVAL", numberValue(DataType::Real4, {-1e31})},
                        {"VALIDMIN", numberValue(DataType::Real4, {-65536, -65536, -65536, 0})},
                        {"VALIDMAX", numberValue(DataType::Real4, {65536, 65536, 65536, 65536})},
                        {"COORDINATE_SYSTEM", textValue(rtn ? "RTN" : "SC")},
                        {"VAR_TYPE", textValue("data")}};

    CdfVariableToWrite flags;
    flags.name = "MAGFLAGUC";
    flags.type = DataType::UInt4;
    flags.records = records.size();
    flags.values = bytesOf(records.flags);
    flags.attributes = {{"FIELDNAM", textValue("MAG flag")},
                        {"CATDESC", textValue("Quality flag of the vector (simulated: 1 where BFIELD holds fill values)")},
                        {"DEPEND_0", textValue("Epoch")},
                        {"FILLVAL", numberValue(DataType::UInt4, {4294967295.0})},
                        {"VALIDMIN", numberValue(DataType::UInt4, {0})},
                        {"VALIDMAX", numberValue(DataType::UInt4, {4294967294.0})},
                        {"VAR_TYPE", textValue("support_data")}};

    CdfVariableToWrite labels;
    labels.name = "label_bfield";
    labels.type = DataType::Char;
    labels.elements = 3;
    labels.shape = {4};
    labels.recordVarying = false;
    labels.records = 1;
    const std::string text = rtn ? "B_RB_TB_N|B|" : "B_XB_YB_Z|B|";
    labels.values.assign(text.begin(), text.end());
    labels.attributes = {{"FIELDNAM", textValue("Labels of BFIELD")}, {"VAR_TYPE", textValue("metadata")}};
    return {epoch, field, flags, labels};
}

} // namespace hb::simulate
