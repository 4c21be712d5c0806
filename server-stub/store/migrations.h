#pragma once

#include "models/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kj::server::store {

//! Which set of migrations: each engine has its own, numbered alike (migrations/sqlite, migrations/postgresql).
enum class MigrationEngine { Sqlite, Postgresql };

//! One numbered schema step, e.g. migrations/sqlite/0001_foundation.sql (embedded as a Qt resource).
struct Migration {
    int version = 0;
    QString name;       // file name, e.g. "0001_foundation.sql"
    QString statements; // the file's SQL
};

//! The migrations shipped with the server for an engine, in version order.
[[nodiscard]] Result<QList<Migration>> bundledMigrations(MigrationEngine engine = MigrationEngine::Sqlite);
//! Applies every bundled migration of db's engine not yet recorded in schema_migrations, each in its own transaction.
[[nodiscard]] Status applyMigrations(const QSqlDatabase &db);
//! The versions recorded in schema_migrations, ascending.
[[nodiscard]] Result<QList<int>> appliedMigrations(const QSqlDatabase &db);

} // namespace kj::server::store
