#include "review/flag_lists.h"

#include "core/csv_field.h"
#include "core/error.h"
#include "review/flag_store.h"
#include "review/sqlite_database.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>

namespace hb::review {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kCsvColumns = {"path",   "name",  "frame_time", "instrument", "reason",  "status",
                                              "source", "detector_version", "score", "note", "created"};

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> parseCsv(std::istream& in, const std::string& path)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false, fieldStarted = false;
    char c = 0;
    auto endRecord = [&] {
        if (fieldStarted || !record.empty()) {
            record.push_back(field);
            records.push_back(record);
        }
        record.clear();
        field.clear();
        fieldStarted = false;
    };
    while (in.get(c)) {
        if (quoted) {
            if (c == '"') {
                if (in.peek() == '"') {
                    in.get(c);
                    field += '"';
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            record.push_back(field);
            field.clear();
            fieldStarted = true;
        } else if (c == '\n') {
            endRecord();
        } else if (c != '\r') {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw Error(path, "ends inside a quoted CSV field");
    endRecord();
    return records;
}

} // namespace

nlohmann::ordered_json flagToJson(const Flag& f)
{
    auto optional = [](const auto& v) { return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(); };
    return {{"path", f.path},
            {"name", f.name},
            {"frame_time", optional(f.frameTime)},
            {"instrument", optional(f.instrument)},
            {"reason", reasonKey(f.reason)},
            {"status", statusKey(f.status)},
            {"source", f.source ? f.source->id : "manual"},
            {"detector_version", f.source ? nlohmann::ordered_json(f.source->version) : nlohmann::ordered_json()},
            {"score", f.source ? nlohmann::ordered_json(f.source->score) : nlohmann::ordered_json()},
            {"note", f.note},
            {"created", f.created}};
}

namespace {

// One imported entry from named fields; `where` locates it in the file for error messages.
Flag flagFromFields(const std::map<std::string, std::string>& fields, const std::string& path, const std::string& where)
{
    auto get = [&](const std::string& key) -> std::string {
        const auto it = fields.find(key);
        return it == fields.end() ? std::string() : it->second;
    };
    Flag f;
    f.path = get("path").empty() ? get("name") : get("path");
    if (f.path.empty())
        throw Error(path, where + " names no file (a 'path' or 'name' is needed)");
    f.name = fs::path(f.path).filename().string();
    if (!get("frame_time").empty())
        f.frameTime = get("frame_time");
    if (!get("instrument").empty())
        f.instrument = get("instrument");
    const std::string reason = get("reason");
    const auto parsed = reason.empty() ? std::optional(FlagReason::Corrupted) : reasonFromKey(reason);
    if (!parsed)
        throw Error(path, where + " has the unknown reason '" + reason + "'");
    f.reason = *parsed;
    const std::string source = get("source");
    if (!source.empty() && source != "manual") {
        f.source = DetectorSource{source, 1, 0};
        try {
            if (!get("detector_version").empty())
                f.source->version = std::stoi(get("detector_version"));
            if (!get("score").empty())
                f.source->score = std::stod(get("score"));
        } catch (const std::exception&) {
            throw Error(path, where + " has a detector version or score that is not a number");
        }
    }
    f.note = get("note");
    f.created = get("created");
    return f;
}

std::vector<Flag> readText(std::istream& in)
{
    std::vector<Flag> flags;
    std::string line;
    while (std::getline(in, line)) {
        line.erase(0, line.find_first_not_of(" \t"));
        line.erase(line.find_last_not_of(" \t\r") + 1);
        if (line.empty() || line.front() == '#')
            continue;
        Flag f;
        f.path = fs::path(line).filename().string();  // lists are shared between machines: names count
        f.name = f.path;
        f.reason = FlagReason::Corrupted;
        flags.push_back(f);
    }
    return flags;
}

std::vector<Flag> readCsv(std::istream& in, const std::string& path)
{
    const auto records = parseCsv(in, path);
    if (records.empty())
        return {};
    const std::vector<std::string>& header = records.front();
    std::vector<Flag> flags;
    for (std::size_t r = 1; r < records.size(); ++r) {
        std::map<std::string, std::string> fields;
        for (std::size_t c = 0; c < header.size() && c < records[r].size(); ++c)
            fields[header[c]] = records[r][c];
        flags.push_back(flagFromFields(fields, path, "row " + std::to_string(r + 1)));
    }
    return flags;
}

std::vector<Flag> readJson(std::istream& in, const std::string& path)
{
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw Error(path, std::string("is not valid JSON (") + e.what() + ")");
    }
    const nlohmann::json& entries = doc.is_object() ? doc.value("flags", nlohmann::json::array()) : doc;
    if (!entries.is_array())
        throw Error(path, "holds no list of flags (expected an array or {\"flags\": [...]})");
    std::vector<Flag> flags;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const nlohmann::json& e = entries[i];
        std::map<std::string, std::string> fields;
        if (e.is_string()) {
            fields["path"] = e.get<std::string>();
        } else if (e.is_object()) {
            for (const auto& [key, value] : e.items())
                if (!value.is_null())
                    fields[key] = value.is_string() ? value.get<std::string>() : value.dump();
        } else {
            throw Error(path, "entry " + std::to_string(i + 1) + " is neither a file name nor an object");
        }
        flags.push_back(flagFromFields(fields, path, "entry " + std::to_string(i + 1)));
    }
    return flags;
}

} // namespace

std::optional<ListFormat> listFormatFromKey(std::string_view key) noexcept
{
    if (key == "txt")
        return ListFormat::Text;
    if (key == "csv")
        return ListFormat::Csv;
    if (key == "json")
        return ListFormat::Json;
    return std::nullopt;
}

void writeFlagList(const std::vector<Flag>& flags, ListFormat format, std::ostream& out)
{
    switch (format) {
    case ListFormat::Text:
        out << "# HelioBench reject list: one file name per line\n";
        for (const Flag& f : flags)
            out << f.name << '\n';
        break;
    case ListFormat::Csv: {
        for (std::size_t c = 0; c < kCsvColumns.size(); ++c)
            out << (c ? "," : "") << kCsvColumns[c];
        out << '\n';
        for (const Flag& f : flags) {
            const nlohmann::ordered_json j = flagToJson(f);
            bool first = true;
            for (const std::string& column : kCsvColumns) {
                const auto& v = j.at(column);
                out << (first ? "" : ",") << csvField(v.is_null() ? "" : v.is_string() ? v.get<std::string>() : v.dump());
                first = false;
            }
            out << '\n';
        }
        break;
    }
    case ListFormat::Json: {
        nlohmann::ordered_json doc = {{"format", "heliobench-flags"}, {"version", 1}, {"flags", nlohmann::ordered_json::array()}};
        for (const Flag& f : flags)
            doc["flags"].push_back(flagToJson(f));
        out << doc.dump(2) << '\n';
        break;
    }
    }
}

std::vector<Flag> readFlagList(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path, "cannot be opened as a flag list");
    const std::string extension = fs::path(path).extension().string();
    if (extension == ".csv")
        return readCsv(in, path);
    if (extension == ".json")
        return readJson(in, path);
    return readText(in);
}

bool RejectedFrames::isReviewDatabase(const std::string& path)
{
    return isSqliteFile(path);
}

namespace {
std::string whyLeftOut(const Flag& flag)
{
    std::string why(reasonKey(flag.reason));
    if (!flag.note.empty())
        why += ": " + flag.note;
    return why;
}
} // namespace

RejectedFrames RejectedFrames::load(const std::string& path)
{
    if (!fs::exists(path))
        throw Error(path, "does not exist (a review database or reject list was expected)");
    RejectedFrames rejected;
    if (isReviewDatabase(path)) {
        const FlagStore store(path);
        for (const Flag& f : store.flags(FlagStatus::Active)) {
            if (f.path.find('/') == std::string::npos)
                rejected.m_names.emplace(f.name, whyLeftOut(f));
            else
                rejected.m_paths.emplace((fs::path(store.root()) / f.path).lexically_normal().string(), whyLeftOut(f));
        }
    } else {
        for (const Flag& f : readFlagList(path))
            rejected.m_names.emplace(f.name, whyLeftOut(f));
    }
    return rejected;
}

std::optional<std::string> RejectedFrames::reason(const std::string& framePath) const
{
    const fs::path p(framePath);
    if (const auto byName = m_names.find(p.filename().string()); byName != m_names.end())
        return byName->second;
    if (m_paths.empty())
        return std::nullopt;
    if (const auto byPath = m_paths.find(fs::absolute(p).lexically_normal().string()); byPath != m_paths.end())
        return byPath->second;
    return std::nullopt;
}

} // namespace hb::review
