#include "catalog/folder_scanner.h"

#include "core/printable_text.h"

#include "core/worker_threads.h"
#include "core/error.h"
#include "io/cdf/cdf_identify.h"
#include "io/cdf/cdf_signature.h"
#include "io/file_reader.h"
#include "io/identify/identify.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <sys/stat.h>
#include <thread>

namespace hb {

CatalogEntry scanFile(const std::string& path)
{
    CatalogEntry entry;
    entry.info.path = path;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {  // one system call for size and time: scans are I/O bound
        entry.fileSize = static_cast<std::uintmax_t>(st.st_size);
        entry.modifiedNs = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    }
    if (io::hasCdfSignature(path)) {
        // A time series: what it is from its ISTP attributes, its span from its time variable.
        try {
            entry.info = io::cdf::identify(io::cdf::CdfFile::open(path));
            entry.ok = true;
        } catch (const Error& e) {
            entry.info.series = true;
            entry.error = e.problem();
        }
        return entry;
    }
    try {
        const io::FileHeader header = io::readFileHeader(path);
        entry.info = io::identify(header, path);
        entry.ok = true;
        entry.hasPixels = entry.info.width > 0 && !io::isHeaderTextFile(path);
        if (header.image && header.image->cutShort())
            entry.damage = io::describeCutShort(*header.image);
    } catch (const Error& e) {
        entry.error = e.problem();
    } catch (const std::exception& e) {
        entry.error = printableText(std::string("unexpected failure: ") + e.what());
    }
    return entry;
}

std::vector<CatalogEntry> scanFiles(const std::vector<std::string>& files, const ScanOptions& options)
{
    std::vector<std::optional<CatalogEntry>> slots(files.size());
    std::atomic<std::size_t> done{0};
    parallelFor(
        files.size(), workerThreads(options.threads, files.size()),
        [&](std::size_t i) {
            slots[i] = scanFile(files[i]);
            const std::size_t finished = done.fetch_add(1) + 1;
            if (options.onEntry)
                options.onEntry(*slots[i], finished, files.size());
        },
        options.cancel);
    std::vector<CatalogEntry> out;
    out.reserve(files.size());
    for (auto& slot : slots)
        if (slot)
            out.push_back(std::move(*slot));
    return out;
}

} // namespace hb
