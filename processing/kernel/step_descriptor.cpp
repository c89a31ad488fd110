#include "kernel/step_descriptor.h"

#include "core/error.h"

namespace hb::steps {

std::string_view dataKindName(DataKind kind) noexcept
{
    return kind == DataKind::Frame ? "frame" : "series";
}

DataKind dataKindFromName(std::string_view name, const std::string& source)
{
    if (name == "frame")
        return DataKind::Frame;
    if (name == "series")
        return DataKind::TimeSeries;
    throw Error(source, "names an unknown kind of data \"" + std::string(name) + "\" (frame or series)");
}

std::vector<std::string_view> traitNames(StepTraits traits)
{
    constexpr std::pair<StepTrait, std::string_view> kNames[] = {{StepTrait::Sequence, "sequence"},
                                                                {StepTrait::Detector, "detector"},
                                                                {StepTrait::Geometry, "geometry"},
                                                                {StepTrait::Selection, "selection"}};
    std::vector<std::string_view> names;
    for (const auto& [trait, name] : kNames)
        if (traits.has(trait))
            names.push_back(name);
    return names;
}

} // namespace hb::steps
