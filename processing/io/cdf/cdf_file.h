#pragma once

#include "io/cdf/cdf_bytes.h"
#include "io/cdf/cdf_types.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hb::io::cdf {

// One attribute entry: `count` elements of `type`, decoded to the host's byte order.
struct CdfValue {
    DataType type = DataType::Char;
    std::int32_t count = 0;
    std::string text;                    // CHAR / UCHAR
    std::vector<double> numbers;         // every other type (EPOCH in ms, TT2000 in ns)
    std::vector<std::int64_t> integers;  // integer and TT2000 types, exactly

    // As a person reads it: the text, or the numbers separated by ", " (times as ISO UTC).
    std::string display() const;
};

// A variable as its VDR describes it; its values are read by CdfFile on demand.
struct CdfVariable {
    // Where a run of records is stored: a VVR (plain) or a CVVR (compressed) at `offset`.
    struct Block {
        std::int64_t first = 0, last = 0;
        std::uint64_t offset = 0;
        bool compressed = false;
    };

    std::string name;
    bool zVariable = true;
    std::int32_t number = 0;
    DataType type = DataType::Real8;
    std::int32_t elements = 1;          // NumElems: the length of a string, 1 for numbers
    std::vector<std::int32_t> dimSizes;  // every dimension, varying or not
    std::vector<bool> dimVarys;
    bool recordVarying = true;
    SparseRecords sparse = SparseRecords::None;
    Compression compression = Compression::None;
    std::int32_t compressionLevel = 0;
    std::int64_t lastRecord = -1;           // MaxRec: -1 when nothing was written
    std::vector<std::uint8_t> pad;          // one value in the file's encoding; empty: the type's default
    std::map<std::string, CdfValue, std::less<>> attributes;
    std::vector<Block> blocks;  // sorted by first record

    // The dimensions that vary (a dimension that does not vary holds one value).
    std::vector<std::int32_t> shape() const;
    std::uint64_t valuesPerRecord() const;
    std::uint64_t recordBytes() const;
    std::int64_t recordCount() const noexcept { return recordVarying ? lastRecord + 1 : (lastRecord >= 0 ? 1 : 0); }
    const CdfValue* attribute(std::string_view key) const;
    // The attribute's text (ISTP: VAR_TYPE, DEPEND_0, UNITS, CATDESC...), empty when absent.
    std::string attributeText(std::string_view key) const;
};

// A CDF file, opened lazily: open() reads the descriptor records and attributes only; values
// are read when asked, straight from the mapped file into the caller's arrays. Every
// inconsistency (truncation, an offset past the end, a cycle of records, a size that does not
// add up) is an hb::Error naming the file and, where it applies, the variable.
class CdfFile {
public:
    static CdfFile open(const std::string& path);

    const std::string& path() const noexcept { return m_path; }
    // "3.8.1"
    std::string version() const;
    int majorVersion() const noexcept { return m_version; }
    bool rowMajor() const noexcept { return m_rowMajor; }
    std::int32_t encoding() const noexcept { return m_encoding; }
    ByteOrder byteOrder() const noexcept { return m_byteOrder; }
    // Whole-file compression (None when only variables, or nothing, are compressed).
    Compression fileCompression() const noexcept { return m_fileCompression; }
    std::int32_t leapSecondsUpdated() const noexcept { return m_leapSecondsUpdated; }  // yyyymmdd, 0 if unset
    std::uint64_t fileBytes() const noexcept { return m_fileBytes; }

    // In file order; each with its entries in entry-number order.
    const std::vector<std::pair<std::string, std::vector<CdfValue>>>& globalAttributes() const noexcept { return m_globals; }
    // The first entry's text of a global attribute, empty when absent.
    std::string globalText(std::string_view name) const;
    const std::vector<CdfVariable>& variables() const noexcept { return m_variables; }
    const CdfVariable* variable(std::string_view name) const;
    const CdfVariable& requireVariable(std::string_view name) const;  // throws naming the file and the name

    // `count` records from `first` (count < 0: to the end), row-major within a record, in
    // the host's byte order: records the file does not hold read as the pad value (or the
    // previous record, for sparse "previous" variables). `out` holds count * recordBytes().
    void readRaw(const CdfVariable& variable, std::int64_t first, std::int64_t count, std::uint8_t* out) const;
    // Numeric variables as doubles (EPOCH in ms, TT2000 in ns); one per value.
    std::vector<double> readNumbers(const CdfVariable& variable, std::int64_t first = 0, std::int64_t count = -1) const;
    void readNumbersInto(const CdfVariable& variable, std::int64_t first, std::int64_t count, double* out) const;
    // EPOCH, EPOCH16 and TT2000 variables as TT2000 nanoseconds; fill values (and times
    // outside 1678..2261) as kTimeFill.
    std::vector<std::int64_t> readTimes(const CdfVariable& variable, std::int64_t first = 0, std::int64_t count = -1) const;
    // CHAR / UCHAR variables, one string per value, trailing NULs and spaces dropped.
    std::vector<std::string> readText(const CdfVariable& variable, std::int64_t first = 0, std::int64_t count = -1) const;

    static constexpr std::int64_t kTimeFill = INT64_MIN;

private:
    friend class CdfParser;
    explicit CdfFile(CdfBytes bytes) : m_bytes(std::move(bytes)) {}
    std::int64_t clampCount(const CdfVariable& variable, std::int64_t first, std::int64_t count) const;
    void copyBlock(const CdfVariable& variable, const CdfVariable::Block& block, std::int64_t from, std::int64_t to,
                   std::uint8_t* out, std::vector<std::uint8_t>& scratch) const;

    CdfBytes m_bytes;
    std::string m_path;
    std::uint64_t m_fileBytes = 0;
    int m_version = 3, m_release = 0, m_increment = 0;
    bool m_rowMajor = true;
    std::int32_t m_encoding = 6;
    ByteOrder m_byteOrder = ByteOrder::Little;
    Compression m_fileCompression = Compression::None;
    std::int32_t m_leapSecondsUpdated = 0;
    std::vector<std::pair<std::string, std::vector<CdfValue>>> m_globals;
    std::vector<CdfVariable> m_variables;
};

} // namespace hb::io::cdf
