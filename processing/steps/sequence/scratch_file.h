#pragma once

#include <cstddef>
#include <string>

namespace hb::steps {

// A nameless temporary file for data that does not fit in memory: created in `directory`,
// unlinked at once (nothing is left behind, even after a crash), closed when destroyed.
// Reads and writes at offsets; errors throw hb::Error naming the folder and the cause (a full disk).
class ScratchFile {
public:
    explicit ScratchFile(const std::string& directory);
    ~ScratchFile();
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    void write(std::size_t offset, const void* data, std::size_t bytes);
    void read(std::size_t offset, void* data, std::size_t bytes) const;

private:
    std::string m_directory;
    int m_fd = -1;
};

} // namespace hb::steps
