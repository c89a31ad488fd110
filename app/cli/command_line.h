#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace hb::cli {

// A usage mistake: printed with the command's usage line; exit status 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Arguments after the subcommand: positional words, '--flag' switches and '--key value'
// options. Which names are switches is declared up front so that '--json FILE' is never
// misread; unknown names are usage errors.
class CommandLine {
public:
    CommandLine(const std::vector<std::string>& args, const std::vector<std::string>& switches,
                const std::vector<std::string>& options, const std::vector<std::string>& repeatable = {});

    const std::vector<std::string>& positional() const noexcept { return m_positional; }
    bool has(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    long long integer(const std::string& name, long long fallback, long long min, long long max) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::vector<std::string>> m_options;
};

} // namespace hb::cli
