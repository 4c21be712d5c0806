#pragma once

#include "models/domain/result.h"
#include "server-stub/store/storelocation.h"

#include <QByteArray>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace kj::server::store {

struct ThreadConnection;

//! Opaque; only compared for equality (Database::writeGeneration).
using WriteGeneration = QByteArray;

//! The server's database: an SQLite file (WAL, synchronous=NORMAL, foreign keys, a busy timeout, so readers never
//! wait for the writer) or a PostgreSQL database (QPSQL). Each thread gets its own QtSql connection, opened lazily
//! on first use (the HTTP transport calls handlers on several I/O threads). Each connection keeps its prepared
//! statements (StatementCache, used by Query).
class Database
{
public:
    explicit Database(StoreLocation location);
    ~Database(); // removes every connection it made; call after the threads using it have stopped
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    //! Opens the calling thread's connection and applies pending migrations.
    [[nodiscard]] Status open();
    //! The calling thread's connection, opened on first use. Queries on it report any opening failure.
    [[nodiscard]] QSqlDatabase connection();
    [[nodiscard]] const StoreLocation &location() const { return m_location; }
    [[nodiscard]] bool isPostgresql() const { return m_location.engine == StoreLocation::Engine::Postgresql; }
    //! Where the store stands in its commits: the same generation read twice means no commit took place in between.
    //! A reader that reads it before it starts reading never keeps what it read under a newer one, so an answer kept
    //! with the generation it was computed at is current while the generation has not moved.
    //! SQLite: a count of the commits made through this Database's connections (every write: transactions and
    //! single statements alike), bumped once each has taken place (its WAL hook); commits of other processes to the
    //! file are not counted (one server per file). PostgreSQL: the calling thread's connection's current snapshot
    //! (which transactions have completed, in the whole cluster), so other processes' commits move it too.
    //! nullopt when it cannot be told (an SQLite file not in WAL mode, a store that does not answer): nothing may be
    //! kept then.
    [[nodiscard]] std::optional<WriteGeneration> writeGeneration();

private:
    //! Counts this connection's commits into m_writeGeneration; false when it cannot.
    bool countCommits(const QSqlDatabase &db);

    //! Gives a newly opened connection this store's per-connection settings.
    void configure(const QSqlDatabase &db);

    StoreLocation m_location;
    std::atomic<quint64> m_writeGeneration{0};
    std::atomic<bool> m_commitsCounted{true}; // false once a connection could not count its commits
    quint64 m_instance;
    QMutex m_mutex;
    std::vector<std::unique_ptr<ThreadConnection>> m_connections; // guarded by m_mutex
};

} // namespace kj::server::store
