#pragma once

#include "models/domain/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <vector>

namespace kj::server::store {

struct ThreadConnection;

//! The server's SQLite database file. Each thread gets its own QtSql connection, opened lazily on
//! first use (the HTTP transport calls handlers on several I/O threads), with WAL, synchronous=NORMAL,
//! foreign keys and a busy timeout, so readers never wait for the writer. Each connection keeps its
//! prepared statements (StatementCache, used by Query).
class Database
{
public:
    explicit Database(QString filePath);
    ~Database(); // removes every connection it made; call after the threads using it have stopped
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    //! Opens the calling thread's connection and applies pending migrations.
    [[nodiscard]] Status open();
    //! The calling thread's connection, opened on first use. Queries on it report any opening failure.
    [[nodiscard]] QSqlDatabase connection();
    [[nodiscard]] QString filePath() const { return m_filePath; }

private:
    QString m_filePath;
    quint64 m_instance;
    QMutex m_mutex;
    std::vector<std::unique_ptr<ThreadConnection>> m_connections; // guarded by m_mutex
};

} // namespace kj::server::store
