// Reading values: the records asked for, from the blocks that hold them, into host order and
// row-major layout; records no block holds read as the pad value (or the previous record).
#include "io/cdf/cdf_file.h"

#include "io/cdf/cdf_decompress.h"
#include "io/cdf/cdf_values.h"

#include "core/error.h"
#include "core/large_buffer.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace hb::io::cdf {

namespace {

// A read returns at most this, or 64 times the file's (uncompressed) size if that is more: a
// damaged record count must not become an allocation of gigabytes of pad values. Real files
// hold their records; sparse ones rarely leave more than a few times their size virtual.
constexpr std::uint64_t kReadBytesAlwaysAllowed = 256ull << 20;
constexpr std::uint64_t kReadBytesPerFileByte = 64;

// Column-major records (first index fastest) to row-major (last index fastest), value by value.
void toRowMajor(std::uint8_t* record, const std::vector<std::int32_t>& shape, std::uint64_t valueBytes, std::vector<std::uint8_t>& scratch)
{
    std::uint64_t values = 1;
    for (const std::int32_t d : shape)
        values *= static_cast<std::uint64_t>(d);
    scratch.resize(values * valueBytes);
    std::vector<std::int32_t> index(shape.size(), 0);
    for (std::uint64_t column = 0; column < values; ++column) {
        // `index` is the position of column-major value `column`: first index fastest.
        std::uint64_t row = 0;
        for (std::size_t d = 0; d < shape.size(); ++d)
            row = row * static_cast<std::uint64_t>(shape[d]) + static_cast<std::uint64_t>(index[d]);
        std::memcpy(scratch.data() + row * valueBytes, record + column * valueBytes, valueBytes);
        for (std::size_t d = 0; d < shape.size() && ++index[d] == shape[d]; ++d)
            index[d] = 0;
    }
    std::memcpy(record, scratch.data(), values * valueBytes);
}

} // namespace

std::vector<std::int32_t> CdfVariable::shape() const
{
    std::vector<std::int32_t> varying;
    for (std::size_t d = 0; d < dimSizes.size(); ++d)
        if (d >= dimVarys.size() || dimVarys[d])
            varying.push_back(dimSizes[d]);
    return varying;
}

std::uint64_t CdfVariable::valuesPerRecord() const
{
    std::uint64_t values = 1;
    for (const std::int32_t d : shape())
        values *= static_cast<std::uint64_t>(d);
    return values;
}

std::uint64_t CdfVariable::recordBytes() const
{
    return valuesPerRecord() * static_cast<std::uint64_t>(elements) * static_cast<std::uint64_t>(elementBytes(type));
}

const CdfValue* CdfVariable::attribute(std::string_view key) const
{
    const auto it = attributes.find(key);
    return it == attributes.end() ? nullptr : &it->second;
}

std::string CdfVariable::attributeText(std::string_view key) const
{
    const CdfValue* value = attribute(key);
    return value ? value->display() : std::string();
}

std::string CdfFile::version() const
{
    return std::to_string(m_version) + "." + std::to_string(m_release) + "." + std::to_string(m_increment);
}

std::string CdfFile::globalText(std::string_view name) const
{
    for (const auto& [key, entries] : m_globals)
        if (key == name && !entries.empty())
            return entries.front().display();
    return {};
}

const CdfVariable* CdfFile::variable(std::string_view name) const
{
    for (const CdfVariable& v : m_variables)
        if (v.name == name)
            return &v;
    return nullptr;
}

const CdfVariable& CdfFile::requireVariable(std::string_view name) const
{
    if (const CdfVariable* v = variable(name))
        return *v;
    std::string names;
    constexpr std::size_t kNamed = 12;
    for (std::size_t i = 0; i < m_variables.size() && i < kNamed; ++i)
        names += (names.empty() ? "" : ", ") + m_variables[i].name;
    if (m_variables.size() > kNamed)
        names += " and " + std::to_string(m_variables.size() - kNamed) + " more";
    throw Error(m_path, "has no variable " + std::string(name) + " (it has " + (names.empty() ? "none" : names) + ")");
}

std::int64_t CdfFile::clampCount(const CdfVariable& variable, std::int64_t first, std::int64_t count) const
{
    const std::int64_t records = variable.recordCount();
    if (first < 0 || first > records)
        throw Error(m_path, "variable " + variable.name + " has " + std::to_string(records) + " records; record " +
                                std::to_string(first) + " was asked for");
    if (count < 0 || count > records - first)
        count = records - first;
    const std::uint64_t limit = std::max(kReadBytesAlwaysAllowed, kReadBytesPerFileByte * m_bytes.size());
    if (static_cast<std::uint64_t>(count) > limit / std::max<std::uint64_t>(variable.recordBytes(), 1))
        throw Error(m_path, "variable " + variable.name + ": " + std::to_string(count) + " records of " +
                                std::to_string(variable.recordBytes()) + " bytes are more than HelioBench reads at once from a file of " +
                                std::to_string(m_bytes.size()) + " bytes; the record count is damaged or the range too wide");
    return count;
}

void CdfFile::copyBlock(const CdfVariable& variable, const CdfVariable::Block& block, std::int64_t from, std::int64_t to,
                        std::uint8_t* out, std::vector<std::uint8_t>& scratch) const
{
    const std::uint64_t recordBytes = variable.recordBytes();
    const std::uint64_t w = m_version >= 3 ? 8 : 4;
    const std::uint64_t skip = static_cast<std::uint64_t>(from - block.first) * recordBytes;
    const std::uint64_t bytes = static_cast<std::uint64_t>(to - from + 1) * recordBytes;
    if (!block.compressed) {
        std::memcpy(out, m_bytes.at(block.offset + w + 4 + skip, bytes, ("the values of " + variable.name).c_str()), bytes);
        return;
    }
    const std::int64_t stored = m_version >= 3 ? m_bytes.i64(block.offset + w + 8, "a compressed value record")
                                               : m_bytes.u32(block.offset + w + 8, "a compressed value record");
    const std::uint64_t whole = static_cast<std::uint64_t>(block.last - block.first + 1) * recordBytes;
    const std::string what = "variable " + variable.name + ", records " + std::to_string(block.first) + " to " + std::to_string(block.last);
    if (stored < 0)
        m_bytes.fail(what + ": a negative compressed size");
    scratch.resize(whole);
    decompress(variable.compression, m_bytes.at(block.offset + 2 * w + 8, static_cast<std::uint64_t>(stored), what.c_str()),
               static_cast<std::uint64_t>(stored), scratch.data(), whole, m_path, what);
    std::memcpy(out, scratch.data() + skip, bytes);
}

void CdfFile::readRaw(const CdfVariable& variable, std::int64_t first, std::int64_t count, std::uint8_t* out) const
{
    count = clampCount(variable, first, count);
    if (count == 0)
        return;
    const std::uint64_t recordBytes = variable.recordBytes();
    const std::int64_t end = first + count;  // exclusive
    std::vector<bool> held(static_cast<std::size_t>(count), false);
    std::vector<std::uint8_t> scratch;
    for (const CdfVariable::Block& block : variable.blocks) {
        const std::int64_t from = std::max(block.first, first), to = std::min(block.last, end - 1);
        if (from > to)
            continue;
        copyBlock(variable, block, from, to, out + static_cast<std::uint64_t>(from - first) * recordBytes, scratch);
        std::fill(held.begin() + (from - first), held.begin() + (to - first + 1), true);
    }
    const bool fileIsBig = m_byteOrder == ByteOrder::Big;
    const bool swap = fileIsBig != (std::endian::native == std::endian::big);
    const std::uint64_t values = variable.valuesPerRecord() * static_cast<std::uint64_t>(isText(variable.type) ? 1 : variable.elements);
    // Records no block holds: the variable's pad (file order, swapped below with the rest), the
    // type's default pad (host order, so written after the swap), or the record before.
    std::vector<std::uint8_t> pad(static_cast<std::size_t>(recordBytes));
    const bool filePad = !variable.pad.empty();
    for (std::uint64_t v = 0; v < values; ++v) {
        const std::uint64_t valueBytes = recordBytes / std::max<std::uint64_t>(values, 1);
        if (filePad)
            std::memcpy(pad.data() + v * valueBytes, variable.pad.data(), std::min<std::uint64_t>(valueBytes, variable.pad.size()));
    }
    for (std::int64_t r = 0; r < count; ++r)
        if (!held[static_cast<std::size_t>(r)] && filePad)
            std::memcpy(out + static_cast<std::uint64_t>(r) * recordBytes, pad.data(), recordBytes);
    if (swap && !isText(variable.type))
        swapToHost(variable.type, out, static_cast<std::uint64_t>(count) * values);
    if (!filePad) {
        std::vector<std::uint8_t> one(static_cast<std::size_t>(elementBytes(variable.type)));
        writeDefaultPad(variable.type, one.data());
        for (std::int64_t r = 0; r < count; ++r)
            if (!held[static_cast<std::size_t>(r)])
                for (std::uint64_t b = 0; b < recordBytes; b += one.size())
                    std::memcpy(out + static_cast<std::uint64_t>(r) * recordBytes + b, one.data(), one.size());
    }
    if (variable.sparse == SparseRecords::Previous) {
        for (std::int64_t r = 0; r < count; ++r) {
            if (held[static_cast<std::size_t>(r)])
                continue;
            // The last record the file holds before r, within what was read or read for it.
            std::int64_t before = first + r - 1;
            while (before >= first && !held[static_cast<std::size_t>(before - first)])
                --before;
            if (before >= first)
                std::memcpy(out + static_cast<std::uint64_t>(r) * recordBytes, out + static_cast<std::uint64_t>(before - first) * recordBytes, recordBytes);
            else if (first > 0 && before < first) {
                std::vector<std::uint8_t> earlier(static_cast<std::size_t>(recordBytes));
                std::int64_t at = first - 1;
                for (; at >= 0; --at) {
                    const bool inBlock = std::any_of(variable.blocks.begin(), variable.blocks.end(),
                                                     [at](const auto& b) { return b.first <= at && at <= b.last; });
                    if (inBlock)
                        break;
                }
                if (at >= 0) {
                    readRaw(variable, at, 1, earlier.data());
                    std::memcpy(out + static_cast<std::uint64_t>(r) * recordBytes, earlier.data(), recordBytes);
                }
            }
        }
    }
    const std::vector<std::int32_t> shape = variable.shape();
    if (!m_rowMajor && shape.size() > 1) {
        const std::uint64_t valueBytes = static_cast<std::uint64_t>(variable.elements) * elementBytes(variable.type);
        for (std::int64_t r = 0; r < count; ++r)
            toRowMajor(out + static_cast<std::uint64_t>(r) * recordBytes, shape, valueBytes, scratch);
    }
}

void CdfFile::readNumbersInto(const CdfVariable& variable, std::int64_t first, std::int64_t count, double* out) const
{
    if (isText(variable.type))
        throw Error(m_path, "variable " + variable.name + " holds text, not numbers");
    count = clampCount(variable, first, count);
    const std::uint64_t values = static_cast<std::uint64_t>(count) * variable.valuesPerRecord() * static_cast<std::uint64_t>(variable.elements);
    const int size = elementBytes(variable.type);
    if ((size == 8 && variable.type != DataType::Int8 && variable.type != DataType::TT2000) || variable.type == DataType::Epoch16) {
        // Doubles land where they belong: no copy.
        readRaw(variable, first, count, reinterpret_cast<std::uint8_t*>(out));
        return;
    }
    // Narrower types are read into the back of `out` and widened front to back in place: each
    // double is written only over bytes already converted, and no second buffer is touched.
    const std::uint64_t rawBytes = static_cast<std::uint64_t>(count) * variable.recordBytes();
    std::uint8_t* raw = reinterpret_cast<std::uint8_t*>(out) + (values * sizeof(double) - rawBytes);
    readRaw(variable, first, count, raw);
    const auto widen = [&](auto zero) {
        using T = decltype(zero);
        for (std::uint64_t i = 0; i < values; ++i) {
            T v;
            std::memcpy(&v, raw + i * sizeof(T), sizeof(T));
            out[i] = static_cast<double>(v);
        }
    };
    switch (variable.type) {
    case DataType::Int1: case DataType::Byte: widen(std::int8_t{}); break;
    case DataType::UInt1: widen(std::uint8_t{}); break;
    case DataType::Int2: widen(std::int16_t{}); break;
    case DataType::UInt2: widen(std::uint16_t{}); break;
    case DataType::Int4: widen(std::int32_t{}); break;
    case DataType::UInt4: widen(std::uint32_t{}); break;
    case DataType::Real4: case DataType::Float: widen(float{}); break;
    case DataType::Int8: case DataType::TT2000: widen(std::int64_t{}); break;  // same width: in place too
    default:
        for (std::uint64_t i = 0; i < values; ++i)
            out[i] = elementAsDouble(variable.type, raw + i * static_cast<std::uint64_t>(size));
    }
}

std::vector<double> CdfFile::readNumbers(const CdfVariable& variable, std::int64_t first, std::int64_t count) const
{
    count = clampCount(variable, first, count);
    std::vector<double> out;
    const auto size = static_cast<std::size_t>(static_cast<std::uint64_t>(count) * variable.valuesPerRecord() *
                                               static_cast<std::uint64_t>(variable.elements) * (variable.type == DataType::Epoch16 ? 2 : 1));
    reserveLarge(out, size);
    out.resize(size);
    readNumbersInto(variable, first, count, out.data());
    return out;
}

std::vector<std::int64_t> CdfFile::readTimes(const CdfVariable& variable, std::int64_t first, std::int64_t count) const
{
    if (!isTime(variable.type))
        throw Error(m_path, "variable " + variable.name + " is " + std::string(dataTypeName(variable.type)) +
                                ", not a time (CDF_EPOCH, CDF_EPOCH16 or CDF_TIME_TT2000)");
    count = clampCount(variable, first, count);
    const std::uint64_t values = static_cast<std::uint64_t>(count) * variable.valuesPerRecord();
    std::vector<std::int64_t> out(static_cast<std::size_t>(values));
    if (variable.type == DataType::TT2000) {
        readRaw(variable, first, count, reinterpret_cast<std::uint8_t*>(out.data()));
        // The pad value (fill + 1) is no time either, nor a value beyond the years a time can have.
        for (std::int64_t& t : out)
            t = checkedTt2000(t);
        return out;
    }
    std::vector<double> raw(static_cast<std::size_t>(values * (variable.type == DataType::Epoch16 ? 2 : 1)));
    readRaw(variable, first, count, reinterpret_cast<std::uint8_t*>(raw.data()));
    EpochConverter fromEpoch;
    for (std::uint64_t i = 0; i < values; ++i)
        out[i] = variable.type == DataType::Epoch ? fromEpoch(raw[i]) : tt2000FromEpoch16(raw[2 * i], raw[2 * i + 1]);
    return out;
}

std::vector<std::string> CdfFile::readText(const CdfVariable& variable, std::int64_t first, std::int64_t count) const
{
    if (!isText(variable.type))
        throw Error(m_path, "variable " + variable.name + " holds " + std::string(dataTypeName(variable.type)) + ", not text");
    count = clampCount(variable, first, count);
    std::vector<std::uint8_t> raw(static_cast<std::size_t>(static_cast<std::uint64_t>(count) * variable.recordBytes()));
    readRaw(variable, first, count, raw.data());
    std::vector<std::string> out;
    const auto width = static_cast<std::size_t>(variable.elements);
    for (std::size_t at = 0; at + width <= raw.size(); at += width) {
        std::string text(reinterpret_cast<const char*>(raw.data() + at), width);
        while (!text.empty() && (text.back() == '\0' || text.back() == ' '))
            text.pop_back();
        out.push_back(std::move(text));
    }
    return out;
}

} // namespace hb::io::cdf
