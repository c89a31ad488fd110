#include "io/identify/identify.h"

#include "instruments/instrument_family.h"
#include "io/identify/mission_rules.h"
#include "io/naming/file_name_hints.h"

#include <cmath>
#include <filesystem>

namespace hb::io {

namespace {

// SECCHI names carry the commanded time; DATE-OBS is the shutter time and may lag by tens of
// seconds (COR1-B 2007-05-03: name 10:20:18, DATE-OBS 10:21:00). More than this is a real conflict.
constexpr double kNameTimeToleranceSeconds = 120.0;

void mergeField(std::optional<std::string>& field, const std::optional<std::string>& fromName, std::string_view what,
                std::vector<std::string>& warnings)
{
    if (!fromName)
        return;
    if (!field) {
        field = fromName;
        return;
    }
    if (*field != *fromName)
        warnings.push_back("file name says " + std::string(what) + " " + *fromName + " but the header says " + *field
                           + "; using the header");
}

void mergeNameHints(ObservationInfo& info, const FileNameHints& hints)
{
    auto& w = info.warnings;
    mergeField(info.mission, hints.mission, "mission", w);
    mergeField(info.spacecraft, hints.spacecraft, "spacecraft", w);
    mergeField(info.instrument, hints.instrument, "instrument", w);
    mergeField(info.detector, hints.detector, "detector", w);
    mergeField(info.level, hints.level, "level", w);
    if (info.downlink == Downlink::Unknown)
        info.downlink = hints.downlink;
    else if (hints.downlink != Downlink::Unknown && hints.downlink != info.downlink)
        w.push_back("file name says " + std::string(downlinkName(hints.downlink)) + " downlink but the header says "
                    + std::string(downlinkName(info.downlink)) + "; using the header");
    if (hints.time) {
        if (!info.time) {
            info.time = hints.time;
            w.push_back("observation time taken from the file name: the header has none");
        } else {
            const double diff = std::fabs(static_cast<double>(info.time->nanoseconds - hints.time->nanoseconds)) * 1e-9;
            if (diff > kNameTimeToleranceSeconds)
                w.push_back("file name time " + hints.time->toIso(0) + " differs from the header's "
                            + info.time->toIso(0) + " by " + std::to_string(static_cast<long long>(diff))
                            + " s; using the header");
        }
    }
}

} // namespace

ObservationInfo identify(const FileHeader& file, const std::string& path)
{
    const Header& header = file.header;
    ObservationInfo info;
    info.path = path;
    if (file.image) {
        info.hdu = file.image->hdu;
        info.width = file.image->width();
        info.height = file.image->height();
        info.planes = static_cast<int>(file.image->planes());
    }
    info.time = header.observationTime();
    info.exposure = header.exposureTime();
    info.filter = trimmedText(header, "FILTER");
    if (const auto wl = header.number("WAVELNTH"); wl && *wl > 0.0)
        info.wavelength = wl;

    if (const instruments::InstrumentFamily* family = instruments::familyOfHeader(header))
        family->readHeader(header, info);

    // The name on disk first; archives that renamed a file keep the original in FILENAME.
    const std::string diskName = std::filesystem::path(path).filename().string();
    auto hints = parseAnyName(diskName);
    if (!hints)
        if (const auto original = trimmedText(header, "FILENAME"))
            hints = parseAnyName(*original);
    if (hints)
        mergeNameHints(info, *hints);
    return info;
}

} // namespace hb::io
