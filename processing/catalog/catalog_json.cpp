#include "catalog/catalog_json.h"

namespace hb {

namespace {
template <typename T>
nlohmann::ordered_json orNull(const std::optional<T>& v)
{
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}
} // namespace

nlohmann::ordered_json toJson(const ObservationInfo& info)
{
    nlohmann::ordered_json j;
    j["path"] = info.path;
    j["mission"] = orNull(info.mission);
    j["spacecraft"] = orNull(info.spacecraft);
    j["instrument"] = orNull(info.instrument);
    j["detector"] = orNull(info.detector);
    j["level"] = orNull(info.level);
    j["date_obs"] = info.time ? nlohmann::ordered_json(info.time->toIso(3)) : nlohmann::ordered_json(nullptr);
    j["exptime"] = orNull(info.exposure);
    j["naxis1"] = info.width > 0 ? nlohmann::ordered_json(info.width) : nlohmann::ordered_json(nullptr);
    j["naxis2"] = info.height > 0 ? nlohmann::ordered_json(info.height) : nlohmann::ordered_json(nullptr);
    j["hdu"] = info.hdu;
    j["planes"] = info.planes;
    j["polarization"] = orNull(info.polarization);
    j["filter"] = orNull(info.filter);
    j["wavelength"] = orNull(info.wavelength);
    j["downlink"] = info.downlink == Downlink::Unknown ? nlohmann::ordered_json(nullptr)
                                                       : nlohmann::ordered_json(std::string(downlinkName(info.downlink)));
    j["kind"] = info.series ? "series" : "frame";
    if (info.series) {
        j["end_time"] = info.endTime ? nlohmann::ordered_json(info.endTime->toIso(3)) : nlohmann::ordered_json(nullptr);
        j["dataset"] = orNull(info.dataset);
    }
    j["warnings"] = info.warnings;
    return j;
}

nlohmann::ordered_json toJson(const CatalogEntry& entry)
{
    nlohmann::ordered_json j = toJson(entry.info);
    j["size"] = entry.fileSize;
    j["status"] = entry.ok ? "ok" : "error";
    j["error"] = entry.ok ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(entry.error);
    j["damaged"] = entry.damage.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(entry.damage);
    return j;
}

} // namespace hb
