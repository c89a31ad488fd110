#include "catalog/folder_scanner.h"

#include "core/worker_threads.h"
#include "core/error.h"
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
    try {
        const io::FileHeader header = io::readFileHeader(path);
        entry.info = io::identify(header, path);
        entry.ok = true;
        entry.hasPixels = entry.info.width > 0 && !io::isHeaderTextFile(path);
    } catch (const Error& e) {
        entry.error = e.problem();
    } catch (const std::exception& e) {
        entry.error = std::string("unexpected failure: ") + e.what();
    }
    return entry;
}

std::vector<CatalogEntry> scanFiles(const std::vector<std::string>& files, const ScanOptions& options)
{
    std::vector<std::optional<CatalogEntry>> slots(files.size());
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    auto worker = [&] {
        for (;;) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return;
            const std::size_t i = next.fetch_add(1);
            if (i >= files.size())
                return;
            slots[i] = scanFile(files[i]);
            const std::size_t finished = done.fetch_add(1) + 1;
            if (options.onEntry)
                options.onEntry(*slots[i], finished, files.size());
        }
    };
    const unsigned threads = workerThreads(options.threads, files.size());
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back(worker);
        worker();
    }
    std::vector<CatalogEntry> out;
    out.reserve(files.size());
    for (auto& slot : slots)
        if (slot)
            out.push_back(std::move(*slot));
    return out;
}

} // namespace hb
