#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>

namespace kj::store {

//! Brings a store file from its PRAGMA user_version up to `target`, one migrateToN step at a time, each
//! in its own transaction. A file newer than `target` is refused (it was written by a newer Kongjian).
[[nodiscard]] kj::Status migrateSchema(const QSqlDatabase &database, int target);

//! PRAGMA user_version.
[[nodiscard]] int userVersion(const QSqlDatabase &database);

} // namespace kj::store
