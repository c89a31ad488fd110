#pragma once

#include <string>
#include <vector>

namespace hb {

// The files under `root` (recursively, following no symbolic links to folders) that may be
// inputs: FITS by extension (.fts .fits .fit .fz, optionally .gz), `.header` text files, and
// files of any name that start with a FITS primary card ('SIMPLE  =') or the gzip magic —
// EIT names such as 'efz20040301.000010' have no extension. Sorted by path. A file path given
// as `root` is returned as it is. Throws hb::Error when `root` does not exist.
std::vector<std::string> discoverInputFiles(const std::string& root);

// Each argument expanded: folders by discoverInputFiles, files kept as given.
std::vector<std::string> expandInputs(const std::vector<std::string>& inputs);

} // namespace hb
