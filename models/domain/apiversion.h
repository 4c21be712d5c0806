#pragma once

#include <QLatin1StringView>

namespace kj {

//! The wire contract's version and path prefix (design.md section 2).
inline constexpr int kApiVersion = 1;
inline constexpr QLatin1StringView kApiPrefix{"/api/v1"};
//! Page sizes for every list endpoint (`limit`).
inline constexpr int kDefaultPageSize = 20;
inline constexpr int kMaxPageSize = 100;
inline constexpr int kMaxChangesPageSize = 500;

} // namespace kj
