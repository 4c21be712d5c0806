#pragma once

#include <QDateTime>
#include <QString>

namespace kj::ui {

//! "just now", "5 minutes ago", "3 hours ago", "yesterday 14:02", or a date: how a person reads a time
//! of an item or of the last sync. `now` is passed in so the words are testable.
[[nodiscard]] QString relativeTime(const QDateTime &then, const QDateTime &now);

} // namespace kj::ui
