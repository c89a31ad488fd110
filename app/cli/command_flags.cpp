#include "command_line.h"
#include "commands.h"

#include "core/json_text.h"
#include "core/error.h"
#include "io/atomic_output.h"
#include "review/flag_lists.h"
#include "review/flag_store.h"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace hb::cli {

namespace {

std::string requireDb(const CommandLine& cl)
{
    const auto db = cl.value("db");
    if (!db)
        throw UsageError("flags needs --db DB (the review database)");
    return *db;
}

std::vector<review::FlagStatus> parseStatuses(const std::string& text)
{
    if (text == "all")
        return {review::FlagStatus::Active, review::FlagStatus::Proposed, review::FlagStatus::Dismissed,
                review::FlagStatus::Cleared};
    std::vector<review::FlagStatus> statuses;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const auto status = review::statusFromKey(text.substr(start, comma - start));
        if (!status)
            throw UsageError("--status takes active, proposed, dismissed, cleared (comma-separated) or all");
        statuses.push_back(*status);
        start = comma + 1;
    }
    return statuses;
}

int listFlags(const std::vector<std::string>& args)
{
    const CommandLine cl(args, {"json"}, {"db", "status"});
    if (!cl.positional().empty())
        throw UsageError("flags list takes no positional arguments");
    const std::string db = requireDb(cl);
    if (!std::filesystem::exists(db))
        throw Error(db, "does not exist (no review database there)");
    const review::FlagStore store(db);
    std::size_t shown = 0;
    for (review::FlagStatus status : parseStatuses(cl.value("status").value_or("active,proposed"))) {
        for (const review::Flag& f : store.flags(status)) {
            ++shown;
            if (cl.has("json")) {
                std::cout << jsonText(review::flagToJson(f)) << '\n';
                continue;
            }
            std::cout << f.path << '\t' << review::reasonKey(f.reason) << '\t' << review::statusKey(f.status) << '\t'
                      << (f.source ? f.source->id + " v" + std::to_string(f.source->version) + " score " +
                                         std::to_string(f.source->score)
                                   : std::string("manual"))
                      << '\t' << f.frameTime.value_or("-") << '\t' << f.note << '\n';
        }
    }
    std::cerr << "flags: " << shown << " flag(s) in " << db << '\n';
    return 0;
}

int exportFlags(const std::vector<std::string>& args)
{
    const CommandLine cl(args, {"overwrite"}, {"db", "format", "out"});
    const std::string db = requireDb(cl);
    const auto format = review::listFormatFromKey(cl.value("format").value_or(""));
    if (!format)
        throw UsageError("flags export needs --format txt|csv|json");
    if (!cl.value("out"))
        throw UsageError("flags export needs --out FILE");
    if (!std::filesystem::exists(db))
        throw Error(db, "does not exist (no review database there)");
    const review::FlagStore store(db);
    const auto flags = store.flags(review::FlagStatus::Active);
    io::AtomicOutput output(*cl.value("out"), cl.has("overwrite"));
    {
        std::ofstream out(output.tempPath(), std::ios::binary);
        review::writeFlagList(flags, *format, out);
        if (!out.flush())
            throw Error(output.finalPath(), "could not be written");
    }
    output.commit();
    std::cerr << "flags: " << flags.size() << " flagged frame(s) written to " << output.finalPath() << '\n';
    return 0;
}

int importFlags(const std::vector<std::string>& args)
{
    const CommandLine cl(args, {}, {"db"});
    if (cl.positional().size() != 1)
        throw UsageError("flags import takes one list file");
    const std::string db = requireDb(cl);
    const auto flags = review::readFlagList(cl.positional().front());
    review::FlagStore store(db);
    const std::size_t added = store.addImported(flags);
    std::cerr << "flags: " << added << " of " << flags.size() << " entries imported into " << db << " ("
              << flags.size() - added << " already flagged)\n";
    return 0;
}

} // namespace

int runFlags(const std::vector<std::string>& args, const steps::StepRegistry& registry)
{
    if (args.empty())
        throw UsageError("flags needs a subcommand: list, export, import or detect");
    const std::string sub = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (sub == "list")
        return listFlags(rest);
    if (sub == "export")
        return exportFlags(rest);
    if (sub == "import")
        return importFlags(rest);
    if (sub == "detect")
        return detectFlags(rest, registry);
    throw UsageError("unknown flags subcommand '" + sub + "' (list, export, import, detect)");
}

} // namespace hb::cli
