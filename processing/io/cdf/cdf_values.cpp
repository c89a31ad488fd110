#include "io/cdf/cdf_values.h"

#include "core/utc_time.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace hb::io::cdf {

namespace {

template <typename T>
T load(const std::uint8_t* bytes) noexcept
{
    T value;
    std::memcpy(&value, bytes, sizeof value);
    return value;
}

// CDF_EPOCH 0 is 0000-01-01T00:00:00; the Unix epoch is 62,167,219,200 s later.
constexpr double kEpochToUnixSeconds = 62167219200.0;
// UtcTime spans the years 1678..2261 (int64 nanoseconds around 1970).
constexpr double kFirstUnixSecond = -9.2e9, kLastUnixSecond = 9.2e9;

std::int64_t tt2000FromUnixSeconds(double whole, double fraction) noexcept
{
    if (!std::isfinite(whole) || !std::isfinite(fraction) || whole < kFirstUnixSecond || whole > kLastUnixSecond)
        return CdfFile::kTimeFill;
    const auto seconds = static_cast<std::int64_t>(std::floor(whole));
    const double rest = (whole - static_cast<double>(seconds)) + fraction;
    if (!(std::abs(rest) < 1e6))  // picoseconds of a damaged EPOCH16
        return CdfFile::kTimeFill;
    const std::int64_t nanoseconds = seconds * 1000000000 + std::llround(rest * 1e9);
    return tt2000FromUtc(UtcTime{nanoseconds});
}

} // namespace

void swapToHost(DataType type, std::uint8_t* bytes, std::uint64_t values) noexcept
{
    const int size = type == DataType::Epoch16 ? 8 : elementBytes(type);
    if (size <= 1)
        return;
    const std::uint64_t words = values * static_cast<std::uint64_t>(elementBytes(type) / size);
    for (std::uint64_t i = 0; i < words; ++i) {
        std::uint8_t* p = bytes + i * static_cast<std::uint64_t>(size);
        for (int a = 0, b = size - 1; a < b; ++a, --b)
            std::swap(p[a], p[b]);
    }
}

double elementAsDouble(DataType type, const std::uint8_t* bytes) noexcept
{
    switch (type) {
    case DataType::Int1: return load<std::int8_t>(bytes);
    case DataType::Byte: return load<std::int8_t>(bytes);
    case DataType::UInt1: case DataType::Char: case DataType::UChar: return load<std::uint8_t>(bytes);
    case DataType::Int2: return load<std::int16_t>(bytes);
    case DataType::UInt2: return load<std::uint16_t>(bytes);
    case DataType::Int4: return load<std::int32_t>(bytes);
    case DataType::UInt4: return load<std::uint32_t>(bytes);
    case DataType::Int8: case DataType::TT2000: return static_cast<double>(load<std::int64_t>(bytes));
    case DataType::Real4: case DataType::Float: return load<float>(bytes);
    case DataType::Real8: case DataType::Double: case DataType::Epoch: case DataType::Epoch16: return load<double>(bytes);
    }
    return std::numeric_limits<double>::quiet_NaN();
}

CdfValue decodeValue(DataType type, std::int32_t count, const std::uint8_t* bytes, ByteOrder order)
{
    CdfValue value;
    value.type = type;
    value.count = count;
    const auto n = static_cast<std::uint64_t>(count);
    if (isText(type)) {
        value.text.assign(reinterpret_cast<const char*>(bytes), n);
        while (!value.text.empty() && (value.text.back() == '\0' || value.text.back() == ' '))
            value.text.pop_back();
        return value;
    }
    const int size = elementBytes(type);
    std::vector<std::uint8_t> host(bytes, bytes + n * static_cast<std::uint64_t>(size));
    if ((order == ByteOrder::Big) != (std::endian::native == std::endian::big))
        swapToHost(type, host.data(), n);
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint8_t* p = host.data() + i * static_cast<std::uint64_t>(size);
        if (type == DataType::Epoch16) {
            value.numbers.push_back(load<double>(p));
            value.numbers.push_back(load<double>(p + 8));
            continue;
        }
        value.numbers.push_back(elementAsDouble(type, p));
        if (type == DataType::Int8 || type == DataType::TT2000)
            value.integers.push_back(load<std::int64_t>(p));
        else if (!isFloating(type))
            value.integers.push_back(static_cast<std::int64_t>(elementAsDouble(type, p)));
    }
    return value;
}

std::string CdfValue::display() const
{
    if (isText(type))
        return text;
    std::string out;
    const auto add = [&](const std::string& piece) {
        if (!out.empty())
            out += ", ";
        out += piece;
    };
    const auto time = [](std::int64_t tt2000) {
        return checkedTt2000(tt2000) == CdfFile::kTimeFill ? std::string("fill") : utcFromTt2000(tt2000).toIso(9);
    };
    if (type == DataType::TT2000) {
        for (const std::int64_t v : integers)
            add(time(v));
    } else if (type == DataType::Epoch) {
        for (const double v : numbers)
            add(time(tt2000FromEpoch(v)));
    } else if (type == DataType::Epoch16) {
        for (std::size_t i = 0; i + 1 < numbers.size(); i += 2)
            add(time(tt2000FromEpoch16(numbers[i], numbers[i + 1])));
    } else if (!integers.empty()) {
        for (const std::int64_t v : integers)
            add(std::to_string(v));
    } else {
        const bool single = type == DataType::Real4 || type == DataType::Float;
        for (const double v : numbers)
            add(shortestText(v, single));
    }
    return out;
}

void writeDefaultPad(DataType type, std::uint8_t* bytes) noexcept
{
    const auto put = [bytes](auto v) { std::memcpy(bytes, &v, sizeof v); };
    switch (type) {
    case DataType::Int1: case DataType::Byte: put(std::int8_t{-127}); return;
    case DataType::UInt1: put(std::uint8_t{254}); return;
    case DataType::Int2: put(std::int16_t{-32767}); return;
    case DataType::UInt2: put(std::uint16_t{65534}); return;
    case DataType::Int4: put(std::int32_t{-2147483647}); return;
    case DataType::UInt4: put(std::uint32_t{4294967294u}); return;
    case DataType::Int8: put(std::int64_t{-9223372036854775807}); return;
    case DataType::TT2000: put(std::int64_t{-9223372036854775807}); return;
    case DataType::Real4: case DataType::Float: put(-1.0e30f); return;
    case DataType::Real8: case DataType::Double: put(-1.0e30); return;
    case DataType::Epoch: put(0.0); return;
    case DataType::Epoch16: put(0.0), std::memset(bytes + 8, 0, 8); return;
    case DataType::Char: case DataType::UChar: *bytes = ' '; return;
    }
}

std::string shortestText(double value, bool single)
{
    char text[40];
    const auto result = single ? std::to_chars(text, text + sizeof text, static_cast<float>(value))
                               : std::to_chars(text, text + sizeof text, value);
    return result.ec == std::errc() ? std::string(text, result.ptr) : std::string("?");
}

std::int64_t checkedTt2000(std::int64_t tt2000) noexcept
{
    // About 1715 .. 2260: inside UtcTime's span with room for the leap seconds and J2000's offset.
    constexpr std::int64_t kEarliest = -9'000'000'000'000'000'000, kLatest = 8'200'000'000'000'000'000;
    return tt2000 < kEarliest || tt2000 > kLatest ? CdfFile::kTimeFill : tt2000;
}

namespace {

std::int64_t tt2000FromWholeEpoch(double milliseconds) noexcept
{
    const double seconds = std::floor(milliseconds / 1000.0);
    return tt2000FromUnixSeconds(seconds - kEpochToUnixSeconds, (milliseconds - seconds * 1000.0) / 1000.0);
}

} // namespace

std::int64_t EpochConverter::operator()(double milliseconds) noexcept
{
    if (!std::isfinite(milliseconds))
        return CdfFile::kTimeFill;
    constexpr double kDayMs = 86400000.0;
    const double dayStart = std::floor(milliseconds / kDayMs) * kDayMs;
    if (dayStart != m_dayStartMs) {
        const std::int64_t tt = tt2000FromWholeEpoch(dayStart);
        if (tt == CdfFile::kTimeFill)
            return tt;
        m_dayStartMs = dayStart;
        m_dayStartTt2000 = tt;
    }
    // Exact: both are multiples of 2^-7 ms of the same magnitude, and 1e6 times one is a double too.
    return m_dayStartTt2000 + std::llround((milliseconds - dayStart) * 1e6);
}

std::int64_t tt2000FromEpoch(double milliseconds) noexcept
{
    return EpochConverter{}(milliseconds);
}

std::int64_t tt2000FromEpoch16(double seconds, double picoseconds) noexcept
{
    if (!std::isfinite(seconds) || !std::isfinite(picoseconds))
        return CdfFile::kTimeFill;
    return tt2000FromUnixSeconds(seconds - kEpochToUnixSeconds, picoseconds * 1e-12);
}

} // namespace hb::io::cdf
