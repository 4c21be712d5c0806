#pragma once

#include "models/domain/result.h"
#include "server-stub/server.h"
#include "tests/support/teststore.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

//! A real kongjian-server for tests: in this process, on a free loopback port, with its data in a
//! temporary directory that goes away with it. The access log is silenced unless KJ_ACCESS_LOG=1.
//!
//!     TestServer server;
//!     QVERIFY2(server.start().ok(), "server did not start");
//!     JsonClient client(server.baseUrl());
class TestServer
{
public:
    explicit TestServer(bool seedDemo = false);
    ~TestServer();

    //! Opens the store in the temporary directory and starts serving.
    [[nodiscard]] kj::Status start();
    //! The per-user upload quota of the next start() (default: the server's).
    void setQuotaBytes(qint64 bytes) { m_quotaBytes = bytes; }
    void stop();

    [[nodiscard]] QString baseUrl() const { return m_server ? m_server->baseUrl() : QString(); }
    [[nodiscard]] quint16 port() const { return m_server ? m_server->port() : 0; }
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }
    //! A connection to what the server stores (its SQLite file, or its PostgreSQL schema: TestStore), for tests
    //! that look at rows; check isOpen(), and remove it with QSqlDatabase::removeDatabase(connectionName).
    [[nodiscard]] QSqlDatabase openInspection(const QString &connectionName) const
    {
        return m_store.openInspection(connectionName, dataDir());
    }

private:
    QTemporaryDir m_dir;
    TestStore m_store;
    bool m_seedDemo;
    qint64 m_quotaBytes = 0;
    std::unique_ptr<kj::server::Server> m_server;
};
