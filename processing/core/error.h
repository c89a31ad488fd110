#pragma once

#include <stdexcept>
#include <string>

namespace hb {

// The one error type the library throws. It always names the file (or other input) and says
// what is wrong with it in a sentence a scientist can act on; the GUI shows it, the CLI prints
// it and exits non-zero. `file` may be empty when the input has no name (an in-memory header).
// The problem is kept printable (core/printable_text.h): it may quote a damaged file.
class Error : public std::runtime_error {
public:
    Error(std::string file, std::string problem);

    const std::string& file() const noexcept { return m_file; }
    const std::string& problem() const noexcept { return m_problem; }

    // Same problem, attributed to a file: used where a lower layer did not know the name.
    Error withFile(const std::string& file) const;

private:
    std::string m_file;
    std::string m_problem;
};

} // namespace hb
