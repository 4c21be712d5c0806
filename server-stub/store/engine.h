#pragma once

#include <QSqlDatabase>

namespace kj::server::store {

//! Whether a connection speaks PostgreSQL's SQL (QPSQL) rather than SQLite's, for the few statements that differ.
[[nodiscard]] inline bool isPostgresql(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

} // namespace kj::server::store
