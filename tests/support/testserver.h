#pragma once

#include "models/domain/result.h"
#include "server-stub/server.h"

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
    //! The SQLite file, for tests that look at (or compare) what is stored.
    [[nodiscard]] QString databasePath() const;

private:
    QTemporaryDir m_dir;
    bool m_seedDemo;
    qint64 m_quotaBytes = 0;
    std::unique_ptr<kj::server::Server> m_server;
};
