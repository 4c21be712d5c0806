#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace kj {

//! RFC 3339 UTC with milliseconds, e.g. "2026-11-27T03:41:35.123Z": the only time format on the wire.
[[nodiscard]] QString toRfc3339(const QDateTime &time);
//! Parses RFC 3339 (any offset, optional fraction) into UTC; nullopt when it is not one.
[[nodiscard]] std::optional<QDateTime> fromRfc3339(const QString &text);
//! Now, in UTC, truncated to milliseconds so it survives a round trip through the wire.
[[nodiscard]] QDateTime nowUtc();

} // namespace kj
