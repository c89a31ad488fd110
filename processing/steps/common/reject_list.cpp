#include "core/translatable.h"
#include "steps/common/common_steps.h"

#include "review/flag_lists.h"

#include <map>
#include <mutex>

namespace hb::steps {

namespace {

struct RejectListParams {
    std::string file;
};

class RejectListStep final : public TypedStep<RejectListParams> {
public:
    RejectListStep()
        : TypedStep({"common.reject_list", 1, HB_TR_NOOP("hb::steps", "Reject listed frames"),
                     HB_TR_NOOP("hb::steps",
                                "Skips frames on a reject list (a text file, one name per line, '#' starts a "
                                "comment, as the missions keep lists of corrupted images; or a CSV/JSON list) or "
                                "flagged in a HelioBench review database. Skipped frames are reported, not failed."),
                     {}, StepTrait::Selection},
                    ParameterSchema<RejectListParams>().file(
                        &RejectListParams::file,
                        {.key = "file", .label = HB_TR_NOOP("hb::steps", "Reject list"),
                         .help = HB_TR_NOOP("hb::steps", "Text file with one file name per line, a CSV/JSON flag list or a review database"), .optional = true}))
    {
    }

protected:
    Frame run(const Frame& input, const RejectListParams& p, const RunContext&) const override
    {
        if (p.file.empty())
            return input;
        if (listFor(p.file).contains(input.info.path))
            throw FrameRejected(input.info.path, "is flagged in " + p.file);
        return input;
    }

private:
    const review::RejectedFrames& listFor(const std::string& path) const
    {
        const std::lock_guard lock(m_mutex);
        auto it = m_lists.find(path);
        if (it == m_lists.end())
            it = m_lists.emplace(path, review::RejectedFrames::load(path)).first;
        return it->second;
    }

    mutable std::mutex m_mutex;
    mutable std::map<std::string, review::RejectedFrames> m_lists;
};

} // namespace

std::unique_ptr<Step> makeRejectListStep()
{
    return std::make_unique<RejectListStep>();
}

} // namespace hb::steps
