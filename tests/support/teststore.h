#pragma once

#include "models/domain/result.h"
#include "server-stub/store/storelocation.h"

#include <QSqlDatabase>
#include <QString>

//! Where a test's server keeps its store: the SQLite file in its data directory, or, when the environment names
//! a PostgreSQL database in KJ_TEST_POSTGRESQL (the `_postgresql` variants of the server's API suite, see
//! tests/CMakeLists.txt), a schema of its own in that database, made here and dropped with the TestStore.
class TestStore
{
public:
    TestStore();
    ~TestStore(); // drops the PostgreSQL schema
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;

    //! Whether this run's stores are PostgreSQL schemas.
    [[nodiscard]] static bool usesPostgresql();

    //! Fails when the PostgreSQL schema could not be made (the server would then not start either).
    [[nodiscard]] kj::Status status() const { return m_status; }
    //! For ServerConfig::database: empty (SQLite in the data directory) or the PostgreSQL URL of the schema.
    [[nodiscard]] QString database() const { return m_url; }
    //! The store a server with this data directory opens (for tests that open a store::Database themselves).
    [[nodiscard]] kj::Result<kj::server::store::StoreLocation> location(const QString &dataDir) const;
    //! A QtSql connection named connectionName to what the server stores (its SQLite file in dataDir, or its
    //! schema), for tests that look at rows; check isOpen(). Remove it with QSqlDatabase::removeDatabase.
    [[nodiscard]] QSqlDatabase openInspection(const QString &connectionName, const QString &dataDir) const;

private:
    QString m_schema;
    QString m_url;
    kj::Status m_status;
};
