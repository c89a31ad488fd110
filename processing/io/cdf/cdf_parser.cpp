// Reads a CDF's descriptor records (CDR, GDR, VDRs, VXR trees, ADRs and AEDRs) into CdfFile.
// Field offsets follow the CDF Internal Format Description; version 2 files use 4-byte sizes
// and offsets and 64-byte names where version 3 uses 8-byte ones and 256-byte names.
#include "io/cdf/cdf_file.h"

#include "io/cdf/cdf_decompress.h"
#include "io/cdf/cdf_values.h"

#include "core/error.h"

#include <algorithm>
#include <set>

namespace hb::io::cdf {

namespace {

constexpr std::uint32_t kMagicV3 = 0xCDF30001u, kMagicV26 = 0xCDF26002u, kMagicV25 = 0x0000FFFFu;
constexpr std::uint32_t kUncompressed = 0x0000FFFFu, kWholeFileCompressed = 0xCCCC0001u;
enum RecordType : std::int32_t { kCdr = 1, kGdr = 2, kRvdr = 3, kAdr = 4, kAgredr = 5, kVxr = 6, kVvr = 7, kZvdr = 8,
                                 kAzedr = 9, kCcr = 10, kCpr = 11, kCvvr = 13 };
// A chain or tree longer than this is taken for a loop the cycle check missed (no real file comes near).
constexpr std::size_t kMaxChain = 1u << 22;
constexpr int kMaxVxrDepth = 64;
constexpr std::int32_t kMaxDims = 32;
// Deflate cannot expand more than about 1032 to 1; RLE 128 to 1 (two bytes for 256 zeros).
constexpr std::uint64_t kMaxGzipRatio = 1032, kMaxRleRatio = 128;

} // namespace

class CdfParser {
public:
    // The layout (4- or 8-byte offsets) follows the magic number, not the CDR's version field.
    CdfParser(CdfFile& file, bool layoutV3) : m_file(file), m_bytes(file.m_bytes), m_v3(layoutV3) {}

    void parse()
    {
        readCdr();
        readGdr();
        readVariables(m_zVdrHead, true, m_zVars);
        readVariables(m_rVdrHead, false, m_rVars);
        readAttributes();
    }

private:
    bool v3() const { return m_v3; }
    // An offset or size field: 8 bytes in version 3, 4 in version 2.
    std::uint64_t offsetAt(std::uint64_t at, const char* what) const
    {
        const std::int64_t value = v3() ? m_bytes.i64(at, what) : static_cast<std::int64_t>(m_bytes.u32(at, what));
        if (value < 0)
            m_bytes.fail(std::string(what) + " has a negative offset or size");
        return static_cast<std::uint64_t>(value);
    }
    std::uint64_t wide() const { return v3() ? 8 : 4; }
    // Checks the record at `at` is of `type` and returns its declared size.
    std::uint64_t expect(std::uint64_t at, std::int32_t type, const char* what) const
    {
        const std::uint64_t size = offsetAt(at, what);
        const std::int32_t found = m_bytes.i32(at + wide(), what);
        if (found != type)
            m_bytes.fail(std::string(what) + " at offset " + std::to_string(at) + " is a record of type " +
                         std::to_string(found) + ", not " + std::to_string(type));
        if (size < wide() + 4 || size > m_bytes.size() - std::min(at, m_bytes.size()))
            m_bytes.fail(std::string(what) + " at offset " + std::to_string(at) + " declares " + std::to_string(size) +
                         " bytes, past the end of the file (" + std::to_string(m_bytes.size()) + " bytes)");
        return size;
    }
    void visit(std::set<std::uint64_t>& seen, std::uint64_t at, const char* what) const
    {
        if (!seen.insert(at).second || seen.size() > kMaxChain)
            m_bytes.fail(std::string(what) + " chain loops back to offset " + std::to_string(at));
    }

    void readCdr()
    {
        const std::uint64_t at = 8;
        expect(at, kCdr, "the CDF descriptor record");
        const std::uint64_t w = wide();
        m_gdr = offsetAt(at + w + 4, "the CDF descriptor record");
        m_file.m_version = m_bytes.i32(at + 2 * w + 4, "the CDF descriptor record");
        m_file.m_release = m_bytes.i32(at + 2 * w + 8, "the CDF descriptor record");
        m_file.m_encoding = m_bytes.i32(at + 2 * w + 12, "the CDF descriptor record");
        const std::int32_t flags = m_bytes.i32(at + 2 * w + 16, "the CDF descriptor record");
        m_file.m_increment = m_bytes.i32(at + 2 * w + 28, "the CDF descriptor record");
        m_file.m_rowMajor = (flags & 1) != 0;
        if ((flags & 2) == 0)
            m_bytes.fail("is a multi-file CDF (variables in separate .v0, .v1... files), which HelioBench does not read");
        const auto order = byteOrderOfEncoding(m_file.m_encoding);
        if (!order)
            m_bytes.fail("uses data encoding " + std::to_string(m_file.m_encoding) + " (" +
                         std::string(encodingName(m_file.m_encoding)) + "), VAX floating point or undefined, which HelioBench does not read");
        m_file.m_byteOrder = *order;
    }

    void readGdr()
    {
        expect(m_gdr, kGdr, "the global descriptor record");
        const std::uint64_t w = wide();
        std::uint64_t at = m_gdr + w + 4;
        m_rVdrHead = offsetAt(at, "the global descriptor record");
        m_zVdrHead = offsetAt(at + w, "the global descriptor record");
        m_adrHead = offsetAt(at + 2 * w, "the global descriptor record");
        at += 4 * w;  // past the eof field
        m_rVars = m_bytes.i32(at, "the global descriptor record");
        m_attributes = m_bytes.i32(at + 4, "the global descriptor record");
        m_rDims = m_bytes.i32(at + 12, "the global descriptor record");
        m_zVars = m_bytes.i32(at + 16, "the global descriptor record");
        if (m_rVars < 0 || m_zVars < 0 || m_attributes < 0 || m_rDims < 0 || m_rDims > kMaxDims)
            m_bytes.fail("the global descriptor record has impossible counts (" + std::to_string(m_rVars) + " r, " +
                         std::to_string(m_zVars) + " z variables, " + std::to_string(m_rDims) + " dimensions)");
        at += 20 + w;  // past the UIR head
        if (v3())
            m_file.m_leapSecondsUpdated = m_bytes.i32(at + 4, "the global descriptor record");
        const std::uint64_t dimsAt = at + 12;
        for (std::int32_t d = 0; d < m_rDims; ++d)
            m_rDimSizes.push_back(m_bytes.i32(dimsAt + 4 * static_cast<std::uint64_t>(d), "the global descriptor record"));
    }

    void readVariables(std::uint64_t head, bool z, std::int32_t expected)
    {
        std::set<std::uint64_t> seen;
        std::uint64_t at = head;
        for (std::int32_t n = 0; n < expected && at != 0; ++n) {
            visit(seen, at, z ? "the zVariable descriptor" : "the rVariable descriptor");
            CdfVariable variable = readVdr(at, z);
            at = offsetAt(at + wide() + 4, "a variable descriptor");
            m_file.m_variables.push_back(std::move(variable));
        }
    }

    CdfVariable readVdr(std::uint64_t at, bool z)
    {
        const char* what = z ? "a zVariable descriptor" : "an rVariable descriptor";
        expect(at, z ? kZvdr : kRvdr, what);
        const std::uint64_t w = wide();
        CdfVariable v;
        v.zVariable = z;
        std::uint64_t p = at + 2 * w + 4;  // past size, type, next
        const std::int32_t typeCode = m_bytes.i32(p, what);
        v.lastRecord = m_bytes.i32(p + 4, what);
        const std::uint64_t vxrHead = offsetAt(p + 8, what);
        p += 8 + 2 * w;  // past VXRhead, VXRtail
        const std::int32_t flags = m_bytes.i32(p, what);
        const std::int32_t sparse = m_bytes.i32(p + 4, what);
        v.elements = m_bytes.i32(p + 20, what);
        v.number = m_bytes.i32(p + 24, what);
        // -1 (all bits set) stands for "no compression record".
        const std::int64_t cprField = v3() ? m_bytes.i64(p + 28, what) : m_bytes.i32(p + 28, what);
        const std::uint64_t cprOffset = cprField > 0 ? static_cast<std::uint64_t>(cprField) : 0;
        p += 28 + w + 4;  // past CPRorSPR offset and the blocking factor
        const std::uint64_t nameWidth = v3() ? 256 : 64;
        v.name = m_bytes.text(p, nameWidth, what);
        p += nameWidth;
        const std::string named = std::string("the descriptor of variable ") + v.name;
        const auto type = dataTypeFromCode(typeCode);
        if (!type)
            m_bytes.fail(named + " has data type " + std::to_string(typeCode) + ", which the CDF format does not define");
        v.type = *type;
        if (v.elements < 1 || (!isText(v.type) && v.elements != 1) || v.elements > 1 << 24)
            m_bytes.fail(named + " has " + std::to_string(v.elements) + " elements per value");
        if (v.lastRecord < -1)
            m_bytes.fail(named + " has a negative last record (" + std::to_string(v.lastRecord) + ")");
        v.recordVarying = (flags & 1) != 0;
        v.sparse = sparse == 1 ? SparseRecords::Pad : sparse == 2 ? SparseRecords::Previous : SparseRecords::None;
        std::int32_t dims = m_rDims;
        if (z) {
            dims = m_bytes.i32(p, named.c_str());
            p += 4;
            if (dims < 0 || dims > kMaxDims)
                m_bytes.fail(named + " has " + std::to_string(dims) + " dimensions");
            for (std::int32_t d = 0; d < dims; ++d, p += 4)
                v.dimSizes.push_back(m_bytes.i32(p, named.c_str()));
        } else {
            v.dimSizes = m_rDimSizes;
        }
        for (std::int32_t d = 0; d < dims; ++d, p += 4)
            v.dimVarys.push_back(m_bytes.i32(p, named.c_str()) != 0);
        for (const std::int32_t size : v.dimSizes)
            if (size < 1 || size > 1 << 24)
                m_bytes.fail(named + " has a dimension of size " + std::to_string(size));
        if (v.recordBytes() > (1ull << 32))
            m_bytes.fail(named + " declares records of " + std::to_string(v.recordBytes()) + " bytes");
        if (flags & 2) {
            const std::uint64_t padBytes = static_cast<std::uint64_t>(v.elements) * elementBytes(v.type);
            const std::uint8_t* pad = m_bytes.at(p, padBytes, named.c_str());
            v.pad.assign(pad, pad + padBytes);
        }
        if (flags & 4) {
            if (cprOffset == 0)
                m_bytes.fail(named + " is marked compressed but names no compression record");
            readCompression(cprOffset, named, v.compression, v.compressionLevel);
        }
        if (vxrHead != 0) {
            std::set<std::uint64_t> seen;
            readVxr(vxrHead, v, seen, 0);
        }
        std::sort(v.blocks.begin(), v.blocks.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        return v;
    }

    void readCompression(std::uint64_t at, const std::string& named, Compression& method, std::int32_t& level) const
    {
        expect(at, kCpr, (named + ": its compression record").c_str());
        const std::uint64_t w = wide();
        const std::int32_t code = m_bytes.i32(at + w + 4, named.c_str());
        const std::int32_t parameters = m_bytes.i32(at + w + 12, named.c_str());
        level = parameters > 0 ? m_bytes.i32(at + w + 16, named.c_str()) : 0;
        if (code != 0 && code != 1 && code != 2 && code != 3 && code != 5)
            m_bytes.fail(named + " uses compression " + std::to_string(code) + ", which the CDF format does not define");
        method = static_cast<Compression>(code);
    }

    void readVxr(std::uint64_t at, CdfVariable& v, std::set<std::uint64_t>& seen, int depth)
    {
        const std::string named = "the record index (VXR) of variable " + v.name;
        if (depth > kMaxVxrDepth)
            m_bytes.fail(named + " nests deeper than " + std::to_string(kMaxVxrDepth) + " levels");
        const std::uint64_t w = wide();
        for (; at != 0;) {
            visit(seen, at, named.c_str());
            expect(at, kVxr, named.c_str());
            const std::uint64_t next = offsetAt(at + w + 4, named.c_str());
            const std::int32_t entries = m_bytes.i32(at + 2 * w + 4, named.c_str());
            const std::int32_t used = m_bytes.i32(at + 2 * w + 8, named.c_str());
            if (entries < 0 || used < 0 || used > entries)
                m_bytes.fail(named + " has " + std::to_string(used) + " of " + std::to_string(entries) + " entries in use");
            const std::uint64_t firsts = at + 2 * w + 12, lasts = firsts + 4ull * static_cast<std::uint64_t>(entries),
                                offsets = lasts + 4ull * static_cast<std::uint64_t>(entries);
            m_bytes.at(firsts, (8 + w) * static_cast<std::uint64_t>(entries), named.c_str());
            for (std::int32_t e = 0; e < used; ++e) {
                const auto i = static_cast<std::uint64_t>(e);
                CdfVariable::Block block;
                block.first = m_bytes.i32(firsts + 4 * i, named.c_str());
                block.last = m_bytes.i32(lasts + 4 * i, named.c_str());
                block.offset = offsetAt(offsets + w * i, named.c_str());
                if (block.first < 0 || block.last < block.first)
                    m_bytes.fail(named + " indexes records " + std::to_string(block.first) + " to " + std::to_string(block.last));
                const std::int32_t type = m_bytes.i32(block.offset + w, named.c_str());
                if (type == kVxr) {
                    readVxr(block.offset, v, seen, depth + 1);
                    continue;
                }
                checkBlock(v, block, type, named);
                if (v.blocks.size() >= kMaxChain)
                    m_bytes.fail(named + " has more than " + std::to_string(kMaxChain) + " blocks");
                v.blocks.push_back(block);
            }
            at = next;
        }
    }

    void checkBlock(const CdfVariable& v, CdfVariable::Block& block, std::int32_t type, const std::string& named) const
    {
        const std::uint64_t records = static_cast<std::uint64_t>(block.last - block.first) + 1;
        const std::uint64_t needed = records * v.recordBytes();
        if (type == kVvr) {
            const std::uint64_t size = expect(block.offset, kVvr, (named + ": a value record").c_str());
            if (size - (wide() + 4) < needed)
                m_bytes.fail("variable " + v.name + ": the value record at offset " + std::to_string(block.offset) + " holds " +
                             std::to_string(size - (wide() + 4)) + " bytes, not the " + std::to_string(needed) + " of records " +
                             std::to_string(block.first) + " to " + std::to_string(block.last));
            return;
        }
        if (type != kCvvr)
            m_bytes.fail(named + " points at a record of type " + std::to_string(type) + " at offset " + std::to_string(block.offset));
        if (v.compression == Compression::None)
            m_bytes.fail("variable " + v.name + " has compressed records but no compression record");
        expect(block.offset, kCvvr, (named + ": a compressed value record").c_str());
        const std::uint64_t size = offsetAt(block.offset, named.c_str());
        const std::uint64_t stored = offsetAt(block.offset + wide() + 8, named.c_str());
        if (stored > size)
            m_bytes.fail("variable " + v.name + ": the compressed value record at offset " + std::to_string(block.offset) +
                         " declares " + std::to_string(stored) + " compressed bytes in a record of " + std::to_string(size));
        const std::uint64_t ratio = v.compression == Compression::Rle ? kMaxRleRatio : kMaxGzipRatio;
        if (needed > stored * ratio + 64)
            m_bytes.fail("variable " + v.name + ": records " + std::to_string(block.first) + " to " + std::to_string(block.last) +
                         " would expand " + std::to_string(stored) + " compressed bytes to " + std::to_string(needed) +
                         ", more than " + std::string(compressionName(v.compression)) + " can (a damaged or hostile file)");
        block.compressed = true;
    }

    void readAttributes()
    {
        std::set<std::uint64_t> seen;
        std::uint64_t at = m_adrHead;
        const std::uint64_t w = wide();
        for (std::int32_t n = 0; n < m_attributes && at != 0; ++n) {
            visit(seen, at, "the attribute descriptor");
            expect(at, kAdr, "an attribute descriptor");
            const std::uint64_t next = offsetAt(at + w + 4, "an attribute descriptor");
            const std::uint64_t grHead = offsetAt(at + 2 * w + 4, "an attribute descriptor");
            const std::uint64_t p = at + 3 * w + 4;
            const std::int32_t scope = m_bytes.i32(p, "an attribute descriptor");
            const std::uint64_t zHead = offsetAt(p + 20, "an attribute descriptor");
            const std::string name = m_bytes.text(p + 20 + w + 12, v3() ? 256 : 64, "an attribute descriptor");
            const bool global = scope == 1 || scope == 3;
            std::vector<std::pair<std::int32_t, CdfValue>> entries;
            readEntries(grHead, kAgredr, name, entries);
            if (global) {
                readEntries(zHead, kAzedr, name, entries);
                std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
                std::vector<CdfValue> values;
                for (auto& [number, value] : entries)
                    values.push_back(std::move(value));
                m_file.m_globals.emplace_back(name, std::move(values));
            } else {
                attach(entries, false, name);
                entries.clear();
                readEntries(zHead, kAzedr, name, entries);
                attach(entries, true, name);
            }
            at = next;
        }
    }

    void attach(std::vector<std::pair<std::int32_t, CdfValue>>& entries, bool z, const std::string& name)
    {
        for (auto& [number, value] : entries)
            for (CdfVariable& v : m_file.m_variables)
                if (v.zVariable == z && v.number == number)
                    v.attributes.insert_or_assign(name, std::move(value));
    }

    void readEntries(std::uint64_t at, std::int32_t type, const std::string& attribute,
                     std::vector<std::pair<std::int32_t, CdfValue>>& entries) const
    {
        const std::string named = "an entry of attribute " + attribute;
        std::set<std::uint64_t> seen;
        const std::uint64_t w = wide();
        while (at != 0) {
            visit(seen, at, named.c_str());
            const std::uint64_t size = expect(at, type, named.c_str());
            const std::uint64_t p = at + 2 * w + 4;
            const std::int32_t typeCode = m_bytes.i32(p + 4, named.c_str());
            const std::int32_t number = m_bytes.i32(p + 8, named.c_str());
            const std::int32_t count = m_bytes.i32(p + 12, named.c_str());
            const std::uint64_t valueAt = at + (v3() ? 56 : 48);
            const auto dataType = dataTypeFromCode(typeCode);
            if (!dataType)
                m_bytes.fail(named + " has data type " + std::to_string(typeCode) + ", which the CDF format does not define");
            if (count < 0 || static_cast<std::uint64_t>(count) * elementBytes(*dataType) > size)
                m_bytes.fail(named + " declares " + std::to_string(count) + " elements in a record of " + std::to_string(size) + " bytes");
            const std::uint64_t bytes = static_cast<std::uint64_t>(count) * elementBytes(*dataType);
            entries.emplace_back(number, decodeValue(*dataType, count, m_bytes.at(valueAt, bytes, named.c_str()), m_file.m_byteOrder));
            at = offsetAt(at + w + 4, named.c_str());
        }
    }

    CdfFile& m_file;
    const CdfBytes& m_bytes;
    bool m_v3;
    std::uint64_t m_gdr = 0, m_rVdrHead = 0, m_zVdrHead = 0, m_adrHead = 0;
    std::int32_t m_rVars = 0, m_zVars = 0, m_attributes = 0, m_rDims = 0;
    std::vector<std::int32_t> m_rDimSizes;
};

namespace {

// A whole-file compressed CDF holds, after its magic number, one CCR whose data expand to the
// file minus its first 8 bytes. The image in memory gets an uncompressed magic number.
CdfBytes expandWholeFile(const CdfBytes& packed, bool v3, Compression& method)
{
    const std::uint64_t w = v3 ? 8 : 4;
    const char* what = "the compressed-file record (CCR)";
    const std::uint64_t at = 8;
    const std::int64_t size = v3 ? packed.i64(at, what) : packed.u32(at, what);
    if (packed.i32(at + w, what) != kCcr)
        packed.fail("is marked whole-file compressed but has no compressed-file record at offset 8");
    const std::int64_t cprAt = v3 ? packed.i64(at + w + 4, what) : packed.u32(at + w + 4, what);
    const std::int64_t expanded = v3 ? packed.i64(at + 2 * w + 4, what) : packed.u32(at + 2 * w + 4, what);
    const std::uint64_t dataAt = at + 3 * w + 8;
    if (size < 0 || static_cast<std::uint64_t>(size) < dataAt - at || cprAt < 0 || expanded < 0)
        packed.fail("the compressed-file record (CCR) has a negative size or offset");
    const std::uint64_t stored = static_cast<std::uint64_t>(size) - (dataAt - at);
    const std::uint8_t* data = packed.at(dataAt, stored, what);
    const std::uint64_t cpr = static_cast<std::uint64_t>(cprAt);
    if (packed.i32(cpr + w, "the compression record of the file") != kCpr)
        packed.fail("the compressed-file record names no compression record");
    const std::int32_t code = packed.i32(cpr + w + 4, "the compression record of the file");
    if (code != 1 && code != 2 && code != 3 && code != 5)
        packed.fail("the whole file is compressed with method " + std::to_string(code) + ", which the CDF format does not define");
    method = static_cast<Compression>(code);
    const std::uint64_t ratio = method == Compression::Rle ? kMaxRleRatio : kMaxGzipRatio;
    if (static_cast<std::uint64_t>(expanded) > stored * ratio + 64)
        packed.fail("the compressed file would expand " + std::to_string(stored) + " bytes to " + std::to_string(expanded) +
                    ", more than " + std::string(compressionName(method)) + " can (a damaged or hostile file)");
    std::vector<std::uint8_t> image(8 + static_cast<std::uint64_t>(expanded));
    const std::uint8_t* magic = packed.at(0, 4, "the magic number");
    std::copy(magic, magic + 4, image.begin());
    image[4] = 0x00, image[5] = 0x00, image[6] = 0xFF, image[7] = 0xFF;
    decompress(method, data, stored, image.data() + 8, static_cast<std::uint64_t>(expanded), packed.path(), "the compressed file");
    return CdfBytes::fromBuffer(packed.path(), std::move(image));
}

} // namespace

CdfFile CdfFile::open(const std::string& path)
{
    CdfBytes bytes = CdfBytes::map(path);
    const std::uint64_t fileBytes = bytes.size();
    if (bytes.size() < 8)
        bytes.fail("is too short to be a CDF (" + std::to_string(bytes.size()) + " bytes)");
    const std::uint32_t magic = bytes.u32(0, "the magic number"), second = bytes.u32(4, "the magic number");
    if (magic != kMagicV3 && magic != kMagicV26 && magic != kMagicV25)
        bytes.fail("is not a CDF: its magic number is not CDF30001, CDF26002 or 0000FFFF");
    if (second != kUncompressed && second != kWholeFileCompressed)
        bytes.fail("is not a CDF: the second word of its magic number is neither 0000FFFF nor CCCC0001");
    Compression fileCompression = Compression::None;
    if (second == kWholeFileCompressed) {
        CdfBytes expanded = expandWholeFile(bytes, magic == kMagicV3, fileCompression);
        bytes = std::move(expanded);
    }
    CdfFile file(std::move(bytes));
    file.m_path = path;
    file.m_fileBytes = fileBytes;
    file.m_fileCompression = fileCompression;
    file.m_version = magic == kMagicV3 ? 3 : 2;
    CdfParser(file, magic == kMagicV3).parse();
    return file;
}

} // namespace hb::io::cdf
