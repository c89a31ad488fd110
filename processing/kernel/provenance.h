#pragma once

#include "core/header.h"
#include "kernel/pipeline.h"

#include <string>
#include <vector>

namespace hb::steps {

// Where a committed step leaves what is needed to replay it: FITS HISTORY for frames (below),
// the CDF's or flat file's attributes for series. Previews record nothing.
class ProvenanceSink {
public:
    virtual ~ProvenanceSink() = default;
    virtual void record(const StepDescriptor& step, const ParamValues& parameters) = 0;
};

// Into a frame's header, as recordProvenance does.
class FitsHistorySink final : public ProvenanceSink {
public:
    explicit FitsHistorySink(Header& header) : m_header(header) {}
    void record(const StepDescriptor& step, const ParamValues& parameters) override;

private:
    Header& m_header;
};

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
