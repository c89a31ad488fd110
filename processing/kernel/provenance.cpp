#include "kernel/provenance.h"

#include "core/version.h"
#include "kernel/step_registry.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace hb::steps {

namespace {

constexpr std::size_t kHistoryWidth = 72;  // columns 9-80 of a HISTORY card
constexpr std::string_view kStepPrefix = "HB STEP ";
constexpr std::string_view kContinuationPrefix = "HB + ";
constexpr std::string_view kProgramPrefix = "HB PROGRAM ";

// Splits `text` into pieces of at most `width` characters that neither end nor start with a
// space: readers trim trailing blanks of card values, which would eat a space at a cut.
std::vector<std::string> cut(std::string_view text, std::size_t firstWidth, std::size_t width)
{
    std::vector<std::string> pieces;
    std::size_t limit = firstWidth;
    while (!text.empty()) {
        std::size_t n = std::min(limit, text.size());
        while (n < text.size() && n > 1 && (text[n - 1] == ' ' || text[n] == ' '))
            --n;
        pieces.emplace_back(text.substr(0, n));
        text.remove_prefix(n);
        limit = width;
    }
    return pieces;
}

} // namespace

std::vector<std::string> provenanceHistory(const std::string& stepId, int version, const ParamValues& parameters)
{
    const std::string head = std::string(kStepPrefix) + stepId + " v" + std::to_string(version) + " ";
    const std::vector<std::string> pieces =
        cut(canonicalText(parameters), kHistoryWidth - head.size(), kHistoryWidth - kContinuationPrefix.size());
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < pieces.size(); ++i)
        lines.push_back((i == 0 ? head : std::string(kContinuationPrefix)) + pieces[i]);
    return lines;
}

void recordProvenance(Header& header, const std::string& stepId, int version, const ParamValues& parameters)
{
    bool named = false;
    for (const std::string& text : header.commentary("HISTORY"))
        named = named || text.starts_with(kProgramPrefix);
    if (!named)
        header.addHistory(std::string(kProgramPrefix) + kProgramName + " " + kProgramVersion);
    for (const std::string& line : provenanceHistory(stepId, version, parameters))
        header.addHistory(line);
}

void FitsHistorySink::record(const StepDescriptor& step, const ParamValues& parameters)
{
    recordProvenance(m_header, step.id, step.version, parameters);
}

Pipeline pipelineFromHistory(const Header& header, const StepRegistry& registry)
{
    const std::string source = header.source().empty() ? std::string("HISTORY") : header.source();
    std::vector<std::string> records;
    for (const std::string& text : header.commentary("HISTORY")) {
        if (text.starts_with(kStepPrefix))
            records.push_back(text.substr(kStepPrefix.size()));
        else if (text.starts_with(kContinuationPrefix) && !records.empty())
            records.back() += text.substr(kContinuationPrefix.size());
    }
    nlohmann::json steps = nlohmann::json::array();
    for (const std::string& record : records) {
        const std::size_t idEnd = record.find(' ');
        const std::size_t versionEnd = record.find(' ', idEnd + 1);
        if (idEnd == std::string::npos || versionEnd == std::string::npos || record[idEnd + 1] != 'v')
            throw Error(source, "has a damaged HelioBench HISTORY record: \"" + record + "\"");
        nlohmann::json parameters;
        try {
            parameters = nlohmann::json::parse(record.substr(versionEnd + 1));
        } catch (const nlohmann::json::exception&) {
            throw Error(source, "has a damaged HelioBench HISTORY record: \"" + record + "\"");
        }
        int version = 0;
        const char* first = record.data() + idEnd + 2;
        const char* last = record.data() + versionEnd;
        if (std::from_chars(first, last, version).ptr != last)
            throw Error(source, "has a damaged HelioBench HISTORY record: \"" + record + "\"");
        steps.push_back({{"id", record.substr(0, idEnd)}, {"version", version}, {"parameters", parameters}});
    }
    Pipeline pipeline = pipelineFromJson(
        {{"format", "heliobench-pipeline"}, {"format_version", kPipelineFormatVersion}, {"steps", steps}}, registry, source);
    pipeline.name = "replayed from " + source;
    return pipeline;
}

} // namespace hb::steps
