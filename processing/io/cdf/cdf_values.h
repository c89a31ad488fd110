#pragma once

#include "io/cdf/cdf_file.h"

#include <cstdint>
#include <string>

// Decoding of CDF values: byte order and type to host numbers and text.
namespace hb::io::cdf {

// Reverses the bytes of each of `values` elements of `type` in place (EPOCH16: each of its two doubles).
void swapToHost(DataType type, std::uint8_t* bytes, std::uint64_t values) noexcept;
// One element of `type` at `bytes` (host order) as a double.
double elementAsDouble(DataType type, const std::uint8_t* bytes) noexcept;
// An attribute entry of `count` elements in the file's byte order.
CdfValue decodeValue(DataType type, std::int32_t count, const std::uint8_t* bytes, ByteOrder order);
// The value records read as when a file gives none (the CDF library's default pad), in host order.
void writeDefaultPad(DataType type, std::uint8_t* bytes) noexcept;

// A TT2000 value read from a file, or kTimeFill when it is a fill or pad value or outside the
// years UtcTime spans (a damaged value must not overflow the conversions).
std::int64_t checkedTt2000(std::int64_t tt2000) noexcept;
// The shortest text that reads back to the same number (to the same float when `single`).
std::string shortestText(double value, bool single = false);
// Times to TT2000 nanoseconds; kTimeFill for fill values and times outside 1678..2261.
std::int64_t tt2000FromEpoch(double milliseconds) noexcept;

// CDF_EPOCH to TT2000 for many values: the leap-second count changes only at midnight, so one
// conversion per UTC day serves every value of that day (a day of 32 Hz records: 2.7 M values).
// Gives what tt2000FromEpoch gives.
class EpochConverter {
public:
    std::int64_t operator()(double milliseconds) noexcept;

private:
    double m_dayStartMs = -1.0;  // never a day start (those are multiples of 86,400,000)
    std::int64_t m_dayStartTt2000 = 0;
};
std::int64_t tt2000FromEpoch16(double seconds, double picoseconds) noexcept;

} // namespace hb::io::cdf
