#pragma once

#include "models/domain/result.h"
#include "tests/support/teststore.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace kj::server {
class Server;
}

//! A real kongjian-server in this process that can go away and come back: a fixed free loopback port chosen
//! once and a temporary data directory that outlive each run, so stop() then start() serves the same data at
//! the same URL (a server restart, or a client that was offline). The access log is silenced unless
//! KJ_ACCESS_LOG=1.
//!
//!     RestartableServer server;
//!     QVERIFY(server.start().ok());
//!     server.stop(); // on the train
//!     QVERIFY(server.start().ok());
class RestartableServer
{
public:
    //! `seedDemo`: every start() serves the demo data (see kongjian-server --seed-demo) besides what is stored.
    explicit RestartableServer(bool seedDemo = false);
    ~RestartableServer();
    RestartableServer(const RestartableServer &) = delete;
    RestartableServer &operator=(const RestartableServer &) = delete;

    //! Opens the store in the data directory and serves on the port; does nothing while already serving.
    [[nodiscard]] kj::Status start();
    //! Stops serving (at once); the data stays for the next start().
    void stop();
    [[nodiscard]] bool isRunning() const { return bool(m_server); }

    //! "http://127.0.0.1:<port>", the same whether the server is running or not.
    [[nodiscard]] QString url() const;
    [[nodiscard]] quint16 port() const { return m_port; }
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
    quint16 m_port = 0;
    bool m_seedDemo;
    std::unique_ptr<kj::server::Server> m_server;
};
