#pragma once

#include <string>

namespace hb::io {

// The file name of the FITS product made from `input`: its name with ".gz" dropped and the
// extension made ".fts" ("secchi_x.fts.gz" -> "secchi_x.fts"), the same for every product kind.
std::string productFileName(const std::string& input);

} // namespace hb::io
