#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

// The value types and encodings of NASA's Common Data Format, as its Internal Format
// Description numbers them (the codes are stored in the files).
namespace hb::io::cdf {

enum class DataType : std::int32_t {
    Int1 = 1,
    Int2 = 2,
    Int4 = 4,
    Int8 = 8,
    UInt1 = 11,
    UInt2 = 12,
    UInt4 = 14,
    Real4 = 21,
    Real8 = 22,
    Epoch = 31,    // double: milliseconds since 0000-01-01T00:00:00, no leap seconds
    Epoch16 = 32,  // two doubles: seconds since 0000-01-01, picoseconds
    TT2000 = 33,   // int64: nanoseconds since J2000 TT, leap seconds counted
    Byte = 41,
    Float = 44,
    Double = 45,
    Char = 51,
    UChar = 52,
};

// nullopt for a code the format does not define.
std::optional<DataType> dataTypeFromCode(std::int32_t code) noexcept;
// Bytes of one element (a CHAR string of n characters is n elements of 1 byte).
int elementBytes(DataType type) noexcept;
std::string_view dataTypeName(DataType type) noexcept;  // "CDF_REAL4"
bool isText(DataType type) noexcept;
bool isTime(DataType type) noexcept;
bool isFloating(DataType type) noexcept;  // REAL4/8, FLOAT, DOUBLE, EPOCH, EPOCH16

enum class Compression : std::int32_t { None = 0, Rle = 1, Huffman = 2, AdaptiveHuffman = 3, Gzip = 5 };
std::string_view compressionName(Compression method) noexcept;  // "GZIP"

// How a variable's missing records read (the VDR's SRecords field).
enum class SparseRecords : std::int32_t { None = 0, Pad = 1, Previous = 2 };

// The data encoding of a file: which byte order its values have. VAX floating point is refused
// where the encoding is read (no mission we serve writes it).
enum class ByteOrder { Big, Little };
// nullopt for an encoding code that is unknown or uses VAX floating point.
std::optional<ByteOrder> byteOrderOfEncoding(std::int32_t encoding) noexcept;
std::string_view encodingName(std::int32_t encoding) noexcept;  // "IBMPC", "NETWORK"...

} // namespace hb::io::cdf
