#pragma once

#include "kernel/step.h"

#include <string>
#include <vector>

namespace hb::steps {

// The step's defaults with `assignments` ("threshold=8", "masks=learn") applied, typed by the
// step's schema and validated: what `--param KEY=VALUE` means on every command that takes it.
// Throws hb::Error whose problem names the assignment and what is wrong with it.
ParamValues applyAssignments(const Step& step, const std::vector<std::string>& assignments);

} // namespace hb::steps
