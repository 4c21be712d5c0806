#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace kj::server {

//! How to run a reference server: where to listen, where its data lives, whether to add demo content.
struct ServerConfig {
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8080;    // 0: any free port; Server::port() tells which
    QString dataDir;        // holds media/ and, unless `database` says otherwise, kongjian.sqlite (WAL)
    QString database;       // empty: SQLite in dataDir; "postgresql://…": PostgreSQL (store/storelocation.h)
    bool seedDemo = false;  // add the demo accounts and content (idempotent)
    int threads = 0;        // 0: one per core, at least 2
    qint64 quotaBytes = qint64(1024) * 1024 * 1024; // per user: media uploaded plus open uploads
    QByteArray metricsToken; // lets any address read GET /metrics as a Bearer token; empty: direct loopback peers only
};

//! The reference server as a value the executable and the tests both start: store, router and
//! HTTP transport put together. Tests run it in-process on port 0.
class Server
{
public:
    explicit Server(ServerConfig config);
    ~Server(); // stops
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    //! Opens (and migrates) the store, seeds demo data if asked, binds and starts serving; returns at once.
    [[nodiscard]] Status start();
    void stop();
    [[nodiscard]] quint16 port() const;
    //! "http://127.0.0.1:<port>"
    [[nodiscard]] QString baseUrl() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

//! Opens the configured store, applies its pending schema migrations and closes it (kongjian-server --migrate).
[[nodiscard]] Status migrateStore(const ServerConfig &config);
//! Reaches the configured store without changing it: its engine and place, and the schema versions applied
//! there against those this server bundles (kongjian-server --check-config). An error when it cannot be reached.
[[nodiscard]] Result<QString> describeStore(const ServerConfig &config);

} // namespace kj::server
