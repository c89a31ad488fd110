#include "render/colormap.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace hb::render {

namespace {

struct Stop {
    double at;
    double r, g, b;  // 0..255
};

ColorTable interpolate(const std::vector<Stop>& stops)
{
    ColorTable table{};
    for (int i = 0; i < 256; ++i) {
        const double x = i / 255.0;
        auto hi = std::upper_bound(stops.begin(), stops.end(), x, [](double v, const Stop& s) { return v < s.at; });
        if (hi == stops.begin())
            hi = stops.begin() + 1;
        if (hi == stops.end())
            hi = stops.end() - 1;
        const Stop& a = *(hi - 1);
        const Stop& b = *hi;
        const double t = std::clamp((x - a.at) / (b.at - a.at), 0.0, 1.0);
        auto channel = [t](double u, double v) { return static_cast<std::uint32_t>(std::lround(u + (v - u) * t)); };
        table[static_cast<std::size_t>(i)] = 0xFF000000u | channel(a.r, b.r) << 16 | channel(a.g, b.g) << 8 | channel(a.b, b.b);
    }
    return table;
}

const std::map<std::string, ColorTable, std::less<>>& tables()
{
    static const std::map<std::string, ColorTable, std::less<>> kTables{
        {"gray", interpolate({{0, 0, 0, 0}, {1, 255, 255, 255}})},
        {"secchi-cor", interpolate({{0, 0, 0, 0}, {0.35, 40, 70, 130}, {0.7, 120, 190, 200}, {1, 255, 255, 255}})},
        {"secchi-euvi", interpolate({{0, 0, 0, 0}, {0.3, 100, 60, 0}, {0.65, 220, 170, 40}, {1, 255, 255, 220}})},
        {"secchi-hi", interpolate({{0, 0, 0, 0}, {0.5, 110, 110, 140}, {1, 255, 255, 255}})},
        {"lasco-c2", interpolate({{0, 0, 0, 0}, {0.35, 150, 30, 0}, {0.7, 250, 150, 40}, {1, 255, 255, 230}})},
        {"lasco-c3", interpolate({{0, 0, 0, 0}, {0.4, 20, 60, 160}, {0.75, 120, 170, 240}, {1, 255, 255, 255}})},
        {"viridis", interpolate({{0, 68, 1, 84}, {0.25, 59, 82, 139}, {0.5, 33, 145, 140}, {0.75, 94, 201, 98}, {1, 253, 231, 37}})},
        {"inferno", interpolate({{0, 0, 0, 4}, {0.25, 87, 16, 110}, {0.5, 188, 55, 84}, {0.75, 249, 142, 9}, {1, 252, 255, 164}})},
    };
    return kTables;
}

constexpr std::string_view kNames[] = {"gray", "secchi-cor", "secchi-euvi", "secchi-hi", "lasco-c2", "lasco-c3", "viridis", "inferno"};

} // namespace

std::span<const std::string_view> colormapNames() noexcept
{
    return kNames;
}

bool isColormap(std::string_view name) noexcept
{
    return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

const ColorTable& colormap(std::string_view name)
{
    const auto& t = tables();
    const auto it = t.find(name);
    return it == t.end() ? t.at("gray") : it->second;
}

} // namespace hb::render
