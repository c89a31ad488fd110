#pragma once

#include "core/header.h"
#include "steps/pipeline.h"

#include <string>
#include <vector>

namespace hb::steps {

// HISTORY texts recording one committed step, enough to replay it:
//   "HB STEP secchi.bias v1 {"skip_if_onboard":true,...}"
// continued on further cards starting "HB +" when longer than a card holds (72 characters).
std::vector<std::string> provenanceHistory(const std::string& stepId, int version, const ParamValues& parameters);
// Appends them, preceded once per output by "HB PROGRAM HelioBench <version>".
void recordProvenance(Header& header, const std::string& stepId, int version, const ParamValues& parameters);

// The pipeline that made a product, read back from its HISTORY cards (parameters migrated to
// the current step versions). Empty when the header holds no HelioBench steps.
Pipeline pipelineFromHistory(const Header& header, const StepRegistry& registry);

} // namespace hb::steps
