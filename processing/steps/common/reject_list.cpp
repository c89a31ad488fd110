#include "core/translatable.h"
#include "steps/common/common_steps.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>

namespace hb::steps {

namespace {

struct RejectListParams {
    std::string file;
};

// One file name per line; blank lines and lines starting with '#' are ignored; a line may hold a
// path, of which the file name counts (lists are shared between machines).
std::set<std::string> readRejectList(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw Error(path, "cannot be opened as a reject list");
    std::set<std::string> names;
    std::string line;
    while (std::getline(in, line)) {
        line.erase(0, line.find_first_not_of(" \t"));
        line.erase(line.find_last_not_of(" \t\r") + 1);
        if (!line.empty() && line.front() != '#')
            names.insert(std::filesystem::path(line).filename().string());
    }
    return names;
}

class RejectListStep final : public TypedStep<RejectListParams> {
public:
    RejectListStep()
        : TypedStep({"common.reject_list", 1, HB_TR_NOOP("hb::steps", "Reject listed frames"),
                     HB_TR_NOOP("hb::steps",
                                "Skips frames whose file name is on a reject list (a text file, one name per line, "
                                "'#' starts a comment), as the missions keep lists of corrupted images. Skipped "
                                "frames are reported, not failed."),
                     {}},
                    ParameterSchema<RejectListParams>().file(
                        &RejectListParams::file,
                        {.key = "file", .label = HB_TR_NOOP("hb::steps", "Reject list"),
                         .help = HB_TR_NOOP("hb::steps", "Text file with one file name per line"), .optional = true}))
    {
    }

protected:
    Frame run(const Frame& input, const RejectListParams& p, const RunContext&) const override
    {
        if (p.file.empty())
            return input;
        const std::string name = std::filesystem::path(input.info.path).filename().string();
        if (listFor(p.file).count(name))
            throw FrameRejected(input.info.path, "is on the reject list " + p.file);
        return input;
    }

private:
    const std::set<std::string>& listFor(const std::string& path) const
    {
        const std::lock_guard lock(m_mutex);
        auto it = m_lists.find(path);
        if (it == m_lists.end())
            it = m_lists.emplace(path, readRejectList(path)).first;
        return it->second;
    }

    mutable std::mutex m_mutex;
    mutable std::map<std::string, std::set<std::string>> m_lists;
};

} // namespace

std::unique_ptr<Step> makeRejectListStep()
{
    return std::make_unique<RejectListStep>();
}

} // namespace hb::steps
