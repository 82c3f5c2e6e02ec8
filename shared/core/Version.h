#pragma once

namespace adp::shared {

// The product version every executable reports; set by CMake from project().
inline constexpr const char *kVersion = ADP_VERSION;
// Newest API major version this build speaks.
inline constexpr const char *kApiPrefix = "/api/v1";

} // namespace adp::shared
