#include "server-stub/store/database.h"

#include "server-stub/store/migrations.h"
#include "server-stub/store/query.h"
#include "server-stub/store/statementcache.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <atomic>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "kj.server.store")

namespace kj::server::store {

//! One thread's connection of a Database and its prepared statements.
struct ThreadConnection {
    QString name;
    QSqlDatabase db; // kept here: QSqlDatabase::database(name) locks Qt's connection dictionary on every call
    std::shared_ptr<StatementCache> statements = std::make_shared<StatementCache>();
};

namespace {
std::atomic<quint64> nextInstance{1};
std::atomic<quint64> nextConnection{1};
// Per thread: this thread's connection for each Database instance. Instance numbers are never reused, so
// an entry left behind by a destroyed Database is never looked up again.
thread_local QHash<quint64, ThreadConnection *> threadConnections;

// SQLite's own WAL hook checkpoints the log into the file once it holds this many pages
// (sqlite3_wal_autocheckpoint's default); the hook below replaces it, so it does the same.
constexpr int kAutoCheckpointPages = 1000;

// Called by SQLite after each commit on a connection in WAL mode has taken place and its write lock is released.
int afterCommit(void *generation, sqlite3 *connection, const char *schema, int walPages)
{
    static_cast<std::atomic<quint64> *>(generation)->fetch_add(1, std::memory_order_release);
    if (walPages >= kAutoCheckpointPages)
        sqlite3_wal_checkpoint_v2(connection, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData())
                                                                           : nullptr;
}
} // namespace

Database::Database(StoreLocation location)
    : m_location(std::move(location)), m_instance(nextInstance++)
{
}

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    for (const std::unique_ptr<ThreadConnection> &connection : m_connections) {
        connection->statements->clear(); // finalized before their connection closes
        connection->statements.reset();
        connection->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection->name);
    }
    threadConnections.remove(m_instance);
}

Status Database::open()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return storeError(QStringLiteral("cannot open %1: %2").arg(m_location.describe(), db.lastError().text()));
    return applyMigrations(db);
}

QSqlDatabase Database::connection()
{
    if (const auto it = threadConnections.constFind(m_instance); it != threadConnections.constEnd()) {
        ThreadConnection *connection = *it;
        // A PostgreSQL server restarts and networks break: a lost connection is opened again on next use, with its
        // prepared statements gone (they belonged to the old session).
        if (isPostgresql() && !connection->db.isOpen()) {
            connection->statements->clear();
            connection->db.close();
            if (connection->db.open())
                configure(connection->db);
            else
                qCWarning(lcStore) << "cannot reconnect to" << m_location.describe() << connection->db.lastError().text();
        }
        return connection->db;
    }

    auto owned = std::make_unique<ThreadConnection>();
    ThreadConnection *connection = owned.get();
    connection->name = QStringLiteral("kj-server-%1-%2").arg(m_instance).arg(nextConnection++);
    {
        QMutexLocker locker(&m_mutex);
        m_connections.push_back(std::move(owned));
    }
    threadConnections.insert(m_instance, connection);
    StatementCache::attach(connection->name, connection->statements);
    connection->db = store::openConnection(m_location, connection->name);
    if (connection->db.isOpen())
        configure(connection->db);
    else
        qCWarning(lcStore) << "cannot open" << m_location.describe() << connection->db.lastError().text();
    return connection->db;
}

void Database::configure(const QSqlDatabase &db)
{
    if (isPostgresql()) {
        // Notices (CREATE ... IF NOT EXISTS of something there) are not worth a log line; times are UTC milliseconds
        // in BIGINT columns, so the session's time zone does not matter.
        if (Status status = executeCommand(db, QStringLiteral("SET client_min_messages = warning")); !status)
            qCWarning(lcStore) << status.error().message;
        return;
    }
    // journal_mode is persistent in the file; the others are per connection.
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                                  QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (Status status = execute(db, pragma); !status)
            qCWarning(lcStore) << status.error().message;
    }
    if (!countCommits(db))
        m_commitsCounted.store(false);
}

bool Database::countCommits(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    Query mode(db, QStringLiteral("PRAGMA journal_mode"));
    if (!handle || !mode.exec() || !mode.next() || mode.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        qCWarning(lcStore) << m_location.sqlitePath << "is not in WAL mode: answers are not kept between writes";
        return false;
    }
    sqlite3_wal_hook(handle, afterCommit, &m_writeGeneration);
    return true;
}

std::optional<WriteGeneration> Database::writeGeneration()
{
    if (isPostgresql()) {
        // Equal snapshots (xmin:xmax:in-progress list) mean no transaction that wrote anything completed in between:
        // one that did was either in progress at the first (and is not at the second) or began after it (and
        // moved xmax). Other databases' commits move it as well; that only costs a kept page.
        Query snapshot(connection(), QStringLiteral("SELECT CAST(pg_current_snapshot() AS TEXT)"));
        if (!snapshot.exec() || !snapshot.next())
            return std::nullopt;
        return snapshot.text(0).toLatin1();
    }
    if (!m_commitsCounted.load())
        return std::nullopt;
    return QByteArray::number(m_writeGeneration.load(std::memory_order_acquire));
}

} // namespace kj::server::store
