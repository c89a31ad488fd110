// Test helper for tst_flag_store: flags files as fast as it can and prints each path once
// FlagStore::flag has returned (acknowledged), until it is killed.
#include "review/flag_store.h"

#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: flag_burst DB FOLDER\n";
        return 2;
    }
    hb::review::FlagStore store(argv[1], argv[2]);
    for (int i = 0;; ++i) {
        const std::string path = std::string(argv[2]) + "/frame" + std::to_string(i) + ".fts";
        const auto reason = hb::review::kAllReasons[static_cast<std::size_t>(i) % hb::review::kAllReasons.size()];
        store.flag({path, "2010-01-12T21:20:08", "LASCO C2"}, reason, "burst " + std::to_string(i));
        std::cout << path << std::endl;  // flushed: the parent counts only what it has read
    }
}
