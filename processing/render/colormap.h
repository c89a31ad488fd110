#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace hb::render {

// A 256-entry colour table, 0xFFRRGGBB per entry (QImage::Format_RGB32 order).
using ColorTable = std::array<std::uint32_t, 256>;

// Names: gray, secchi-cor, secchi-euvi, secchi-hi, lasco-c2, lasco-c3, viridis, inferno.
// The instrument-style maps follow the looks of the missions' movies (orange-red LASCO C2,
// blue C3, green-blue SECCHI COR, golden EUVI 195); viridis and inferno are perceptually ordered.
std::span<const std::string_view> colormapNames() noexcept;
bool isColormap(std::string_view name) noexcept;
// The table for `name`; gray for an unknown name.
const ColorTable& colormap(std::string_view name);

} // namespace hb::render
