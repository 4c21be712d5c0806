#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace kj::server::store {

//! Where the server's database lives: an SQLite file (the default, in the data directory) or a PostgreSQL
//! database named by a URL, postgresql://user:password@host:port/database?param=value (libpq's parameters,
//! e.g. sslmode, connect_timeout, application_name, options; host=/run/postgresql for a Unix socket; several hosts
//! as ?host=db1,db2&port=5432,5432&target_session_attrs=read-write, for a primary with replicas).
struct StoreLocation {
    enum class Engine { Sqlite, Postgresql };

    Engine engine = Engine::Sqlite;
    QString sqlitePath;     // Sqlite: the file
    QString host;           // Postgresql: empty for libpq's default (the local socket)
    int port = -1;          // -1: libpq's default
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // the URL's query as QPSQL connect options: "key=value;key=value"

    //! An SQLite file.
    [[nodiscard]] static StoreLocation sqlite(const QString &path)
    {
        StoreLocation location;
        location.sqlitePath = path;
        return location;
    }
    //! For logs and --check-config: the location without its password.
    [[nodiscard]] QString describe() const;
};

//! The store for `--database` (empty: kongjian.sqlite in dataDir; "sqlite:FILE"; "postgresql://…" or
//! "postgres://…"); an InvalidArgument error naming what is wrong otherwise.
[[nodiscard]] Result<StoreLocation> parseStoreLocation(const QString &database, const QString &dataDir);

//! Adds and opens a QtSql connection named connectionName to location (QSQLITE or QPSQL), without the
//! per-connection settings store::Database adds; check isOpen(). Tests open one to look at what is stored.
[[nodiscard]] QSqlDatabase openConnection(const StoreLocation &location, const QString &connectionName);

} // namespace kj::server::store
