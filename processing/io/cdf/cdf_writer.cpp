// The CDF writer: the records of the Internal Format Description laid out in one pass
// (descriptors, attributes, then the values), sizes and offsets patched once known.
#include "io/cdf/cdf_writer.h"

#include "core/error.h"
#include "io/atomic_output.h"
#include "io/cdf/cdf_values.h"

#include <zlib.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>
#include <map>

namespace hb::io::cdf {

namespace {

static_assert(std::endian::native == std::endian::little, "the writer writes host-order values as IBMPC (little-endian)");

constexpr std::int32_t kIbmPc = 6;
constexpr std::int32_t kLeapSecondsLastUpdated = 20170101;  // the table the core has: last leap second 2017-01-01

class Layout {
public:
    explicit Layout(bool v3) : m_v3(v3) {}

    std::vector<std::uint8_t>& bytes() { return m_bytes; }
    void reserve(std::size_t n) { m_bytes.reserve(n); }
    std::uint64_t here() const { return m_bytes.size(); }
    std::uint64_t wide() const { return m_v3 ? 8 : 4; }

    void u32(std::uint32_t v)
    {
        for (int shift = 24; shift >= 0; shift -= 8)
            m_bytes.push_back(static_cast<std::uint8_t>(v >> shift));
    }
    void i32(std::int32_t v) { u32(static_cast<std::uint32_t>(v)); }
    void i64(std::int64_t v)
    {
        for (int shift = 56; shift >= 0; shift -= 8)
            m_bytes.push_back(static_cast<std::uint8_t>(static_cast<std::uint64_t>(v) >> shift));
    }
    // An offset or size field: 8 bytes in version 3, 4 in version 2.
    void offset(std::int64_t v) { m_v3 ? i64(v) : i32(static_cast<std::int32_t>(v)); }
    void name(const std::string& text, std::size_t width)
    {
        const std::size_t n = std::min(text.size(), width);
        m_bytes.insert(m_bytes.end(), text.begin(), text.begin() + static_cast<std::ptrdiff_t>(n));
        m_bytes.insert(m_bytes.end(), width - n, 0);
    }
    void raw(const std::uint8_t* data, std::size_t n) { m_bytes.insert(m_bytes.end(), data, data + n); }
    void patchOffset(std::uint64_t at, std::int64_t v)
    {
        const int n = m_v3 ? 8 : 4;
        for (int i = n - 1; i >= 0; --i, v >>= 8)
            m_bytes[at + static_cast<std::uint64_t>(i)] = static_cast<std::uint8_t>(v & 0xFF);
    }
    // Starts a record: its size is patched by end().
    std::uint64_t begin(std::int32_t type)
    {
        const std::uint64_t at = here();
        offset(0);
        i32(type);
        return at;
    }
    void end(std::uint64_t at) { patchOffset(at, static_cast<std::int64_t>(here() - at)); }
    std::size_t nameWidth() const { return m_v3 ? 256 : 64; }

private:
    bool m_v3;
    std::vector<std::uint8_t> m_bytes;
};

std::vector<std::uint8_t> encode(const CdfValue& value, std::int32_t& count)
{
    if (isText(value.type)) {
        const std::string text = value.text.empty() ? std::string(" ") : value.text;
        count = static_cast<std::int32_t>(text.size());
        return {text.begin(), text.end()};
    }
    const int size = elementBytes(value.type);
    const std::size_t n = value.type == DataType::Epoch16 ? value.numbers.size() / 2 : value.numbers.size();
    count = static_cast<std::int32_t>(n);
    std::vector<std::uint8_t> out(n * static_cast<std::size_t>(size));
    for (std::size_t i = 0; i < n; ++i) {
        std::uint8_t* p = out.data() + i * static_cast<std::size_t>(size);
        const double v = value.numbers[value.type == DataType::Epoch16 ? 2 * i : i];
        const std::int64_t exact = i < value.integers.size() ? value.integers[i] : static_cast<std::int64_t>(v);
        const auto put = [p](auto x) { std::memcpy(p, &x, sizeof x); };
        switch (value.type) {
        case DataType::Int1: case DataType::Byte: put(static_cast<std::int8_t>(exact)); break;
        case DataType::UInt1: put(static_cast<std::uint8_t>(exact)); break;
        case DataType::Int2: put(static_cast<std::int16_t>(exact)); break;
        case DataType::UInt2: put(static_cast<std::uint16_t>(exact)); break;
        case DataType::Int4: put(static_cast<std::int32_t>(exact)); break;
        case DataType::UInt4: put(static_cast<std::uint32_t>(exact)); break;
        case DataType::Int8: case DataType::TT2000: put(exact); break;
        case DataType::Real4: case DataType::Float: put(static_cast<float>(v)); break;
        case DataType::Real8: case DataType::Double: case DataType::Epoch: put(v); break;
        case DataType::Epoch16: put(v), std::memcpy(p + 8, &value.numbers[2 * i + 1], 8); break;
        case DataType::Char: case DataType::UChar: break;
        }
    }
    return out;
}

std::vector<std::uint8_t> gzipped(const std::vector<std::uint8_t>& data, int level, const std::string& path, const std::string& name)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw Error(path, "zlib cannot compress variable " + name);
    std::vector<std::uint8_t> out(deflateBound(&stream, static_cast<uLong>(data.size())) + 32);
    stream.next_in = const_cast<Bytef*>(data.data());
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = out.data();
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        throw Error(path, "zlib could not compress variable " + name);
    return out;
}

std::uint64_t recordBytesOf(const CdfVariableToWrite& v)
{
    std::uint64_t values = 1;
    for (const std::int32_t d : v.shape)
        values *= static_cast<std::uint64_t>(d);
    return values * static_cast<std::uint64_t>(v.elements) * static_cast<std::uint64_t>(elementBytes(v.type));
}

} // namespace

CdfValue textValue(std::string text)
{
    CdfValue value;
    value.type = DataType::Char;
    value.count = static_cast<std::int32_t>(text.size());
    value.text = std::move(text);
    return value;
}

CdfValue numberValue(DataType type, std::vector<double> numbers)
{
    CdfValue value;
    value.type = type;
    value.count = static_cast<std::int32_t>(numbers.size());
    if (!isFloating(type))
        for (const double v : numbers)
            value.integers.push_back(static_cast<std::int64_t>(v));
    value.numbers = std::move(numbers);
    return value;
}

void writeCdf(const std::string& path, const std::vector<std::pair<std::string, std::vector<CdfValue>>>& globals,
              const std::vector<CdfVariableToWrite>& variables, const CdfWriteOptions& options)
{
    for (const CdfVariableToWrite& v : variables) {
        const std::uint64_t expected = static_cast<std::uint64_t>(v.records) * recordBytesOf(v);
        if (v.values.size() != expected)
            throw Error(path, "variable " + v.name + " has " + std::to_string(v.values.size()) + " bytes of values for " +
                                  std::to_string(v.records) + " records of " + std::to_string(recordBytesOf(v)) + " bytes");
        if (!v.recordVarying && v.records > 1)
            throw Error(path, "variable " + v.name + " does not vary by record but has " + std::to_string(v.records) + " records");
    }
    const bool v3 = !options.version26;
    Layout out(v3);
    // The values dominate: room for them up front spares copying a day of records as the file grows.
    std::size_t valueBytes = 0;
    for (const CdfVariableToWrite& v : variables)
        valueBytes += v.values.size();
    out.reserve(valueBytes + 65536);
    out.u32(v3 ? 0xCDF30001u : 0xCDF26002u);
    out.u32(0x0000FFFFu);

    // CDR
    const std::uint64_t cdr = out.begin(1);
    const std::uint64_t gdrField = out.here();
    out.offset(0);
    out.i32(v3 ? 3 : 2);
    out.i32(v3 ? 9 : 6);
    out.i32(kIbmPc);
    out.i32(0x3);  // row majority, single file
    out.i32(0), out.i32(0);
    out.i32(0);                 // increment
    out.i32(-1), out.i32(-1);  // identifier, rfuE
    out.name("Common Data Format; written by HelioBench", 256);
    out.end(cdr);

    // GDR
    const std::uint64_t gdr = out.begin(2);
    out.patchOffset(gdrField, static_cast<std::int64_t>(gdr));
    out.offset(0);  // no rVariables
    const std::uint64_t zHeadField = out.here();
    out.offset(0);
    const std::uint64_t adrHeadField = out.here();
    out.offset(0);
    const std::uint64_t eofField = out.here();
    out.offset(0);
    out.i32(0);  // rVariables
    // Attributes: the globals, then each variable attribute name once, in first-seen order.
    std::vector<std::string> variableAttributes;
    for (const CdfVariableToWrite& v : variables)
        for (const auto& [name, value] : v.attributes)
            if (std::find(variableAttributes.begin(), variableAttributes.end(), name) == variableAttributes.end())
                variableAttributes.push_back(name);
    out.i32(static_cast<std::int32_t>(globals.size() + variableAttributes.size()));
    out.i32(-1);  // rMaxRec
    out.i32(0);   // rNumDims
    out.i32(static_cast<std::int32_t>(variables.size()));
    out.offset(0);  // UIR head
    out.i32(0);
    if (v3) {
        out.i32(kLeapSecondsLastUpdated);
        out.i32(-1);
    } else {
        out.i32(0), out.i32(0);
    }
    out.end(gdr);

    // zVDRs, each with its CPR when compressed; the VXR head fields are patched once the values are laid out.
    std::vector<std::uint64_t> vxrHeadFields, vxrTailFields;
    std::uint64_t previousNextField = zHeadField;
    for (std::size_t n = 0; n < variables.size(); ++n) {
        const CdfVariableToWrite& v = variables[n];
        const std::uint64_t vdr = out.begin(8);
        out.patchOffset(previousNextField, static_cast<std::int64_t>(vdr));
        previousNextField = out.here();
        out.offset(0);
        out.i32(static_cast<std::int32_t>(v.type));
        out.i32(static_cast<std::int32_t>(v.records - 1));
        vxrHeadFields.push_back(out.here());
        out.offset(0);
        vxrTailFields.push_back(out.here());
        out.offset(0);
        out.i32((v.recordVarying ? 1 : 0) | (v.gzip ? 4 : 0));
        out.i32(0);                 // no sparse records
        out.i32(0), out.i32(0), out.i32(-1);
        out.i32(v.elements);
        out.i32(static_cast<std::int32_t>(n));
        const std::uint64_t cprField = out.here();
        out.offset(-1);
        out.i32(0);  // blocking factor
        out.name(v.name, out.nameWidth());
        out.i32(static_cast<std::int32_t>(v.shape.size()));
        for (const std::int32_t d : v.shape)
            out.i32(d);
        for (std::size_t d = 0; d < v.shape.size(); ++d)
            out.i32(-1);  // every dimension varies
        out.end(vdr);
        if (v.gzip) {
            const std::uint64_t cpr = out.begin(11);
            out.patchOffset(cprField, static_cast<std::int64_t>(cpr));
            out.i32(static_cast<std::int32_t>(Compression::Gzip));
            out.i32(0);
            out.i32(1);
            out.i32(v.gzipLevel);
            out.end(cpr);
        }
    }

    // ADRs and their entries.
    std::uint64_t adrNextField = adrHeadField;
    std::int32_t attributeNumber = 0;
    const auto writeEntries = [&](std::int32_t type, std::int32_t number,
                                  const std::vector<std::pair<std::int32_t, const CdfValue*>>& entries, std::uint64_t headField) {
        std::uint64_t nextField = headField;
        for (const auto& [entryNumber, value] : entries) {
            const std::uint64_t aedr = out.begin(type);
            out.patchOffset(nextField, static_cast<std::int64_t>(aedr));
            nextField = out.here();
            out.offset(0);
            out.i32(number);
            out.i32(static_cast<std::int32_t>(value->type));
            out.i32(entryNumber);
            std::int32_t count = 0;
            const std::vector<std::uint8_t> bytes = encode(*value, count);
            out.i32(count);
            out.i32(isText(value->type) ? 1 : 0);  // NumStrings (rfuA in version 2)
            out.i32(0), out.i32(0), out.i32(-1), out.i32(-1);
            out.raw(bytes.data(), bytes.size());
            out.end(aedr);
        }
    };
    const auto writeAdr = [&](const std::string& name, bool global, std::int32_t entries, std::int32_t maxEntry,
                              std::uint64_t& grHead, std::uint64_t& zHead) {
        const std::uint64_t adr = out.begin(4);
        out.patchOffset(adrNextField, static_cast<std::int64_t>(adr));
        adrNextField = out.here();
        out.offset(0);
        grHead = out.here();
        out.offset(0);
        out.i32(global ? 1 : 2);
        out.i32(attributeNumber);
        out.i32(global ? entries : 0);
        out.i32(global ? maxEntry : -1);
        out.i32(0);
        zHead = out.here();
        out.offset(0);
        out.i32(global ? 0 : entries);
        out.i32(global ? -1 : maxEntry);
        out.i32(-1);
        out.name(name, out.nameWidth());
        out.end(adr);
    };
    for (const auto& [name, values] : globals) {
        std::uint64_t grHead = 0, zHead = 0;
        writeAdr(name, true, static_cast<std::int32_t>(values.size()), static_cast<std::int32_t>(values.size()) - 1, grHead, zHead);
        std::vector<std::pair<std::int32_t, const CdfValue*>> entries;
        for (std::size_t e = 0; e < values.size(); ++e)
            entries.emplace_back(static_cast<std::int32_t>(e), &values[e]);
        writeEntries(5, attributeNumber, entries, grHead);
        ++attributeNumber;
    }
    for (const std::string& name : variableAttributes) {
        std::vector<std::pair<std::int32_t, const CdfValue*>> entries;
        for (std::size_t n = 0; n < variables.size(); ++n)
            for (const auto& [key, value] : variables[n].attributes)
                if (key == name)
                    entries.emplace_back(static_cast<std::int32_t>(n), &value);
        std::uint64_t grHead = 0, zHead = 0;
        writeAdr(name, false, static_cast<std::int32_t>(entries.size()), entries.empty() ? -1 : entries.back().first, grHead, zHead);
        writeEntries(9, attributeNumber, entries, zHead);
        ++attributeNumber;
    }

    // Values: one VXR with one entry per variable, then its VVR (or CVVR).
    for (std::size_t n = 0; n < variables.size(); ++n) {
        const CdfVariableToWrite& v = variables[n];
        if (v.records == 0)
            continue;
        const std::uint64_t vxr = out.begin(6);
        out.patchOffset(vxrHeadFields[n], static_cast<std::int64_t>(vxr));
        out.patchOffset(vxrTailFields[n], static_cast<std::int64_t>(vxr));
        out.offset(0);
        out.i32(1), out.i32(1);
        out.i32(0);
        out.i32(static_cast<std::int32_t>(v.records - 1));
        const std::uint64_t entryField = out.here();
        out.offset(0);
        out.end(vxr);
        if (v.gzip) {
            const std::vector<std::uint8_t> packed = gzipped(v.values, v.gzipLevel, path, v.name);
            const std::uint64_t cvvr = out.begin(13);
            out.patchOffset(entryField, static_cast<std::int64_t>(cvvr));
            out.i32(0);
            out.offset(static_cast<std::int64_t>(packed.size()));
            out.raw(packed.data(), packed.size());
            out.end(cvvr);
        } else {
            const std::uint64_t vvr = out.begin(7);
            out.patchOffset(entryField, static_cast<std::int64_t>(vvr));
            out.raw(v.values.data(), v.values.size());
            out.end(vvr);
        }
    }
    if (!v3 && out.here() > 0x7FFFFFFFull)
        throw Error(path, "a CDF 2.6 file cannot hold more than 2 GiB; write CDF 3");
    out.patchOffset(eofField, static_cast<std::int64_t>(out.here()));

    AtomicOutput output(path, options.overwrite);
    {
        std::ofstream file(output.tempPath(), std::ios::binary);
        file.write(reinterpret_cast<const char*>(out.bytes().data()), static_cast<std::streamsize>(out.bytes().size()));
        if (!file.flush())
            throw Error(path, "cannot write the file (disk full?)");
    }
    output.commit();
}

} // namespace hb::io::cdf
