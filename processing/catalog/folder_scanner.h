#pragma once

#include "catalog/catalog_entry.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace hb {

struct ScanOptions {
    unsigned threads = 0;  // 0: one per hardware thread
    // Called from worker threads after each file, with the entry just made and the count done.
    // Entries arrive in completion order; the returned vector is in input order.
    std::function<void(const CatalogEntry&, std::size_t done, std::size_t total)> onEntry;
    const std::atomic<bool>* cancel = nullptr;  // set to true to stop early
};

// Reads the headers of `files` in parallel and identifies each one. Never throws for a bad
// file: it becomes an entry with ok == false and the reason. When cancelled, the result holds
// only the entries finished so far (in input order).
std::vector<CatalogEntry> scanFiles(const std::vector<std::string>& files, const ScanOptions& options = {});

// One file, on the calling thread.
CatalogEntry scanFile(const std::string& path);

} // namespace hb
