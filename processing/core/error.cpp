#include "core/error.h"

#include "core/printable_text.h"

namespace hb {

namespace {
std::string describe(const std::string& file, const std::string& problem)
{
    return file.empty() ? problem : file + ": " + problem;
}
} // namespace

Error::Error(std::string file, std::string problem)
    : std::runtime_error(describe(file, printableText(problem)))
    , m_file(std::move(file))
    , m_problem(printableText(problem))
{
}

Error Error::withFile(const std::string& file) const
{
    return m_file.empty() ? Error(file, m_problem) : *this;
}

} // namespace hb
