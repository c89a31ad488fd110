#include "command_line.h"

#include <algorithm>
#include <charconv>

namespace hb::cli {

CommandLine::CommandLine(const std::vector<std::string>& args, const std::vector<std::string>& switches,
                         const std::vector<std::string>& options, const std::vector<std::string>& repeatable)
{
    auto contains = [](const std::vector<std::string>& v, const std::string& s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 2 && a.starts_with("--")) {
            std::string name = a.substr(2);
            std::optional<std::string> inlineValue;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name.resize(eq);
            }
            if (contains(switches, name)) {
                if (inlineValue)
                    throw UsageError("--" + name + " takes no value");
                m_options[name].push_back("");
            } else if (contains(options, name) || contains(repeatable, name)) {
                if (!inlineValue && i + 1 >= args.size())
                    throw UsageError("--" + name + " needs a value");
                if (m_options.contains(name) && !contains(repeatable, name))
                    throw UsageError("--" + name + " is given twice");
                m_options[name].push_back(inlineValue ? *inlineValue : args[++i]);
            } else {
                throw UsageError("unknown option --" + name);
            }
        } else {
            m_positional.push_back(a);
        }
    }
}

bool CommandLine::has(const std::string& name) const
{
    return m_options.contains(name);
}

std::optional<std::string> CommandLine::value(const std::string& name) const
{
    const auto it = m_options.find(name);
    if (it == m_options.end())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> CommandLine::values(const std::string& name) const
{
    const auto it = m_options.find(name);
    return it == m_options.end() ? std::vector<std::string>{} : it->second;
}

long long CommandLine::integer(const std::string& name, long long fallback, long long min, long long max) const
{
    const auto text = value(name);
    if (!text)
        return fallback;
    long long v = 0;
    const auto res = std::from_chars(text->data(), text->data() + text->size(), v);
    if (res.ec != std::errc() || res.ptr != text->data() + text->size())
        throw UsageError("--" + name + " needs a whole number, not '" + *text + "'");
    if (v < min || v > max)
        throw UsageError("--" + name + " must be between " + std::to_string(min) + " and " + std::to_string(max));
    return v;
}

} // namespace hb::cli
