// libFuzzer target for the CDF reader: any bytes must open or fail with hb::Error, and every
// variable of a file that opens must read (values, times, text, series) or fail the same way:
// never a crash, a hang, an unbounded allocation or undefined behaviour. Built with clang
// (-fsanitize=fuzzer,address,undefined) by tests/CMakeLists.txt; the corpus replay runs in ctest,
// the long run in tests/bench/fuzz_cdf.sh.
#include "core/error.h"
#include "io/cdf/cdf_description.h"
#include "io/cdf/cdf_file.h"
#include "io/cdf/cdf_identify.h"
#include "io/cdf/cdf_series.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

using namespace hb::io::cdf;

namespace {

// The reader maps a path: the input goes into one in-memory file, rewritten for each run.
const std::string& inputPath()
{
    static const std::string path = [] {
        const int fd = ::memfd_create("cdf-fuzz-input", 0);
        if (fd < 0) {
            std::perror("memfd_create");
            std::abort();
        }
        return "/proc/self/fd/" + std::to_string(fd);
    }();
    return path;
}

void readEverything(const CdfFile& file)
{
    (void)describe(file);
    (void)identify(file);
    for (const CdfVariable& v : file.variables()) {
        try {
            if (isText(v.type))
                (void)file.readText(v);
            else if (isTime(v.type))
                (void)file.readTimes(v);
            else
                (void)file.readNumbers(v);
            if (!v.attributeText("DEPEND_0").empty() && !isText(v.type) && !isTime(v.type))
                (void)readSeries(file, v.name);
        } catch (const hb::Error&) {
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string& path = inputPath();
    const int fd = std::stoi(path.substr(path.rfind('/') + 1));
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, data, size, 0) != static_cast<ssize_t>(size))
        std::abort();
    try {
        readEverything(CdfFile::open(path));
    } catch (const hb::Error&) {
    }
    return 0;
}
