#include "io/cdf/cdf_types.h"

namespace hb::io::cdf {

std::optional<DataType> dataTypeFromCode(std::int32_t code) noexcept
{
    switch (code) {
    case 1: case 2: case 4: case 8: case 11: case 12: case 14: case 21: case 22: case 31: case 32: case 33:
    case 41: case 44: case 45: case 51: case 52:
        return static_cast<DataType>(code);
    default:
        return std::nullopt;
    }
}

int elementBytes(DataType type) noexcept
{
    switch (type) {
    case DataType::Int1: case DataType::UInt1: case DataType::Byte: case DataType::Char: case DataType::UChar: return 1;
    case DataType::Int2: case DataType::UInt2: return 2;
    case DataType::Int4: case DataType::UInt4: case DataType::Real4: case DataType::Float: return 4;
    case DataType::Int8: case DataType::Real8: case DataType::Double: case DataType::Epoch: case DataType::TT2000: return 8;
    case DataType::Epoch16: return 16;
    }
    return 0;
}

std::string_view dataTypeName(DataType type) noexcept
{
    switch (type) {
    case DataType::Int1: return "CDF_INT1";
    case DataType::Int2: return "CDF_INT2";
    case DataType::Int4: return "CDF_INT4";
    case DataType::Int8: return "CDF_INT8";
    case DataType::UInt1: return "CDF_UINT1";
    case DataType::UInt2: return "CDF_UINT2";
    case DataType::UInt4: return "CDF_UINT4";
    case DataType::Real4: return "CDF_REAL4";
    case DataType::Real8: return "CDF_REAL8";
    case DataType::Epoch: return "CDF_EPOCH";
    case DataType::Epoch16: return "CDF_EPOCH16";
    case DataType::TT2000: return "CDF_TIME_TT2000";
    case DataType::Byte: return "CDF_BYTE";
    case DataType::Float: return "CDF_FLOAT";
    case DataType::Double: return "CDF_DOUBLE";
    case DataType::Char: return "CDF_CHAR";
    case DataType::UChar: return "CDF_UCHAR";
    }
    return "CDF_?";
}

bool isText(DataType type) noexcept { return type == DataType::Char || type == DataType::UChar; }

bool isTime(DataType type) noexcept
{
    return type == DataType::Epoch || type == DataType::Epoch16 || type == DataType::TT2000;
}

bool isFloating(DataType type) noexcept
{
    switch (type) {
    case DataType::Real4: case DataType::Real8: case DataType::Float: case DataType::Double: case DataType::Epoch:
    case DataType::Epoch16:
        return true;
    default:
        return false;
    }
}

std::string_view compressionName(Compression method) noexcept
{
    switch (method) {
    case Compression::None: return "none";
    case Compression::Rle: return "RLE";
    case Compression::Huffman: return "Huffman";
    case Compression::AdaptiveHuffman: return "adaptive Huffman";
    case Compression::Gzip: return "GZIP";
    }
    return "unknown";
}

std::optional<ByteOrder> byteOrderOfEncoding(std::int32_t encoding) noexcept
{
    switch (encoding) {
    case 1: case 2: case 5: case 7: case 9: case 11: case 12: case 18:
        return ByteOrder::Big;
    case 4: case 6: case 13: case 16: case 17:
        return ByteOrder::Little;
    default:
        return std::nullopt;  // 3, 14, 15, 19-21: VAX floating point; others undefined
    }
}

std::string_view encodingName(std::int32_t encoding) noexcept
{
    switch (encoding) {
    case 1: return "NETWORK";
    case 2: return "SUN";
    case 3: return "VAX";
    case 4: return "DECSTATION";
    case 5: return "SGi";
    case 6: return "IBMPC";
    case 7: return "IBMRS";
    case 9: return "PPC";
    case 11: return "HP";
    case 12: return "NeXT";
    case 13: return "ALPHAOSF1";
    case 14: return "ALPHAVMSd";
    case 15: return "ALPHAVMSg";
    case 16: return "ALPHAVMSi";
    case 17: return "ARM_LITTLE";
    case 18: return "ARM_BIG";
    default: return "unknown";
    }
}

} // namespace hb::io::cdf
